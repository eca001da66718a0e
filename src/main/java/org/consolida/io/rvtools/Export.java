package org.consolida.io.rvtools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;

/** The tabs of one RVTools export that the import reads, by tab name (case ignored), and the reader's warnings. */
final class Export {
    /** The tabs the import uses; others are not parsed at all. */
    static final Set<String> TABS = Set.of("vinfo", "vhost", "vcpu", "vmemory", "vdisk", "vpartition", "vnetwork");

    private final String file;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, String> claimedBy = new LinkedHashMap<>();
    private final List<Problem> ambiguities = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    Export(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /**
     * Notes that a sheet or file ({@code source}, as named inside the export) holds a tab; a second one for the same
     * tab (vInfo beside VINFO, two RVTools_tabvInfo.csv in a zip) is an error naming both, since reading either would
     * drop the other in silence.
     */
    void claim(String tab, String source) {
        String first = claimedBy.putIfAbsent(tab.toLowerCase(Locale.ROOT), source);
        if (first != null) {
            ambiguities.add(Problem.error(file, source, "\"" + source + "\" and \"" + first + "\" both hold the "
                    + tab + " tab; keep only one of them"));
        }
    }

    void throwIfAmbiguous() {
        if (!ambiguities.isEmpty()) {
            throw new InvalidInputException(ambiguities);
        }
    }

    void add(Table table) {
        tables.putIfAbsent(table.sheet().toLowerCase(Locale.ROOT), table);
    }

    Optional<Table> tab(String name) {
        return Optional.ofNullable(tables.get(name.toLowerCase(Locale.ROOT)));
    }

    Set<String> tabNames() {
        return tables.keySet();
    }

    /** What the reading layer noticed without refusing the export: blank rows skipped inside a tab. */
    List<Problem> warnings() {
        return warnings;
    }
}

package org.consolida.io.rvtools;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The tabs of one RVTools export that the import reads, by tab name (case ignored). */
final class Export {
    /** The tabs the import uses; others are not parsed at all. */
    static final Set<String> TABS = Set.of("vinfo", "vhost", "vcpu", "vmemory", "vdisk", "vpartition", "vnetwork");

    private final String file;
    private final Map<String, Table> tables = new LinkedHashMap<>();

    Export(String file) {
        this.file = file;
    }

    String file() {
        return file;
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
}

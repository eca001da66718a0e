package org.consolida.io.rvtools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.consolida.inventory.Inventory;
import org.consolida.inventory.Problem;

/**
 * An RVTools export read as an inventory, with everything the import had to assume (what RVTools does not know:
 * racks, power curves, prices…), the warnings it found, what it counted, and the figures the model has no field for
 * (hosts' load at export time, VMs' networks and guest disks). {@code source} is the export as problems name it.
 */
public record RvToolsImport(String source, Inventory inventory, List<Assumption> assumptions, List<Problem> warnings, Counts counts,
                            Map<String, HostLoad> hostLoads, Map<String, VmDetails> vmDetails) {

    /**
     * @param vmRows              rows in vInfo (up to its first empty row)
     * @param templates           templates, never workloads
     * @param poweredOff          VMs powered off or suspended, kept or not
     * @param poweredOffDropped   powered-off VMs left out by option
     * @param workloads           workloads imported
     * @param unplaced            workloads with no current host (host blank or not in vHost)
     * @param hosts               hosts imported
     * @param hostsWithoutVms     hosts that run none of the imported workloads
     */
    public record Counts(int vmRows, int templates, int poweredOff, int poweredOffDropped, int workloads, int unplaced,
                         int hosts, int hostsWithoutVms) {
        @Override
        public String toString() {
            return vmRows + " VM rows: " + workloads + " workloads (" + unplaced + " unplaced), " + templates
                    + " templates, " + poweredOff + " powered off (" + poweredOffDropped + " left out); " + hosts
                    + " hosts (" + hostsWithoutVms + " without workloads)";
        }
    }

    public RvToolsImport {
        assumptions = List.copyOf(assumptions);
        warnings = List.copyOf(warnings);
        hostLoads = Map.copyOf(hostLoads);
        vmDetails = Map.copyOf(vmDetails);
    }

    /** Warnings then assumptions, as located warnings: what {@code validate} prints after reading the export. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(warnings);
        assumptions.forEach(a -> all.add(a.toProblem(source)));
        return all;
    }
}

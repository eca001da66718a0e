package org.consolida.io.rvtools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A per-VM tab (vCPU, vMemory, vDisk, vPartition, vNetwork) indexed for joining with vInfo: by {@code VM ID} or
 * {@code VM UUID} when both tabs carry it, else by VM name when that name is unique in vInfo.
 */
final class SideTab {
    final Table table;
    private final int idColumn;
    private final int uuidColumn;
    private final Map<String, List<Integer>> byId = new HashMap<>();
    private final Map<String, List<Integer>> byUuid = new HashMap<>();
    private final Map<String, List<Integer>> byName = new HashMap<>();

    SideTab(Table table) {
        this.table = table;
        int name = table.column("VM");
        idColumn = table.column("VM ID");
        uuidColumn = table.column("VM UUID");
        for (int r = 0; r < table.size(); r++) {
            add(byName, table.text(r, name), r);
            add(byId, table.text(r, idColumn), r);
            add(byUuid, table.text(r, uuidColumn), r);
        }
    }

    private static void add(Map<String, List<Integer>> index, String key, int row) {
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(row);
        }
    }

    /** The rows of this tab about a vInfo VM; empty when the VM cannot be told apart or has none. */
    List<Integer> rowsOf(VmRow vm, boolean nameIsUnique) {
        if (!vm.vmId().isEmpty() && byId.containsKey(vm.vmId())) {
            return byId.get(vm.vmId());
        }
        if (!vm.uuid().isEmpty() && byUuid.containsKey(vm.uuid())) {
            return byUuid.get(vm.uuid());
        }
        return nameIsUnique ? byName.getOrDefault(vm.name(), List.of()) : List.of();
    }

    /** The first row about a VM, or -1. */
    int rowOf(VmRow vm, boolean nameIsUnique) {
        List<Integer> rows = rowsOf(vm, nameIsUnique);
        return rows.isEmpty() ? -1 : rows.get(0);
    }
}

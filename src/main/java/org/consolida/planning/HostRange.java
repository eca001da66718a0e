package org.consolida.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.domain.valuerange.ValueRange;
import ai.timefold.solver.core.impl.domain.valuerange.AbstractCountableValueRange;
import ai.timefold.solver.core.impl.domain.valuerange.sort.ValueRangeSorter;
import ai.timefold.solver.core.impl.heuristic.selector.common.iterator.CachedListRandomIterator;

/**
 * The hosts a placement may go to: a solution's host list as Timefold's value range, equal only to itself.
 *
 * <p>Why not the list itself: whenever a score director takes a working solution (each solver start, each
 * {@code SolutionManager} update or analysis), Timefold 1.32 checks every entity's value against its value range, and to
 * share one range between entities it hashes and compares the range once per entity. A list range hashes and compares
 * every host: entities × hosts, 10⁹ at 100,000 workloads and 10,000 hosts, seconds per call. This range hashes by
 * identity (one instance per solution, shared by its clones) and answers {@code contains} from an index; it draws
 * random hosts exactly as the list range did ({@link CachedListRandomIterator}), so seeded runs keep their plans.
 */
final class HostRange extends AbstractCountableValueRange<PlannedHost> {
    private final List<PlannedHost> hosts;
    private final int[] slotOf;

    HostRange(List<PlannedHost> hosts) {
        this.hosts = hosts;
        this.slotOf = new int[hosts.stream().mapToInt(PlannedHost::index).max().orElse(-1) + 1];
        Arrays.fill(slotOf, -1);
        for (int i = 0; i < hosts.size(); i++) {
            slotOf[hosts.get(i).index()] = i;
        }
    }

    @Override
    public long getSize() {
        return hosts.size();
    }

    @Override
    public PlannedHost get(long index) {
        return hosts.get(Math.toIntExact(index));
    }

    @Override
    public boolean contains(PlannedHost value) {
        if (value == null || value.index() < 0 || value.index() >= slotOf.length) {
            return false;
        }
        int slot = slotOf[value.index()];
        return slot >= 0 && hosts.get(slot) == value;
    }

    @Override
    public Iterator<PlannedHost> createOriginalIterator() {
        return hosts.iterator();
    }

    @Override
    public Iterator<PlannedHost> createRandomIterator(Random workingRandom) {
        return new CachedListRandomIterator<>(hosts, workingRandom);
    }

    @Override
    public ValueRange<PlannedHost> sort(ValueRangeSorter<PlannedHost> sorter) {
        List<PlannedHost> sorted = new ArrayList<>(hosts);
        sorter.sort(sorted);
        return new HostRange(sorted);
    }

    @Override
    public String toString() {
        return hosts.isEmpty() ? "[]" : "[" + hosts.get(0) + "-" + hosts.get(hosts.size() - 1) + "]";
    }
}

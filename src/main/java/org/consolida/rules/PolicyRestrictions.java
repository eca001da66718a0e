package org.consolida.rules;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.inventory.Workload;

/**
 * The placements the policy rules forbid, held compactly: one bit per (workload, host) pair, and per workload the facts
 * the rules inserted, for the reasons. A 10,000 × 1,000 inventory whose live-migration policy forbids millions of pairs
 * takes about a megabyte here; {@link #asList()} makes {@link Restriction} records only as they are read.
 * The planner may ask {@link #forbids} or {@link #allowedHosts} (a per-workload value range) instead of joining millions
 * of facts.
 */
public final class PolicyRestrictions implements ForbiddenPlacements {
    private static final Comparator<Object> BY_RULE_ID = Comparator.comparing(PolicyRestrictions::ruleIdOf);

    private final List<Workload> workloads;
    private final List<Host> hosts;
    private final Map<String, Integer> workloadIndex;
    private final Map<String, Integer> hostIndex;
    private final BitSet[] forbidden;
    private final List<List<Object>> sources;
    private final long[] cumulative;

    private PolicyRestrictions(Inventory inventory) {
        this.workloads = inventory.workloads();
        this.hosts = inventory.hosts();
        this.workloadIndex = indexOf(workloads.stream().map(Workload::id).toList());
        this.hostIndex = indexOf(hosts.stream().map(Host::id).toList());
        this.forbidden = new BitSet[workloads.size()];
        this.sources = new ArrayList<>(workloads.size());
        for (int i = 0; i < workloads.size(); i++) {
            sources.add(null);
        }
        this.cumulative = new long[workloads.size() + 1];
    }

    /** Built from what the rules inserted: {@link Restriction}s and {@link ClassRestriction}s. */
    static PolicyRestrictions of(Inventory inventory, List<Object> inserted) {
        PolicyRestrictions result = new PolicyRestrictions(inventory);
        Map<String, BitSet> classBits = new HashMap<>();
        for (Object fact : inserted) {
            Integer w = result.workloadIndex.get(workloadOf(fact).id());
            if (w == null) {
                continue; // a rule made up a workload: nothing the planner could place
            }
            BitSet bits = result.forbidden[w] == null ? (result.forbidden[w] = new BitSet(result.hosts.size()))
                    : result.forbidden[w];
            boolean any;
            if (fact instanceof ClassRestriction c) {
                // One bit set per class, made once: 100,000 workloads × a few classes × hundreds of hosts each
                // would otherwise be hundreds of millions of id look-ups (minutes at 100,000 workloads).
                BitSet ofClass = classBits.computeIfAbsent(c.hostClass().id(), k -> result.bitsOf(c.hostClass().hosts()));
                bits.or(ofClass);
                any = !ofClass.isEmpty();
            } else {
                BitSet one = result.bitsOf(hostsOf(fact));
                bits.or(one);
                any = !one.isEmpty();
            }
            if (any) {
                if (result.sources.get(w) == null) {
                    result.sources.set(w, new ArrayList<>(2));
                }
                result.sources.get(w).add(fact);
            }
        }
        for (int w = 0; w < result.workloads.size(); w++) {
            List<Object> ofWorkload = result.sources.get(w);
            if (ofWorkload != null) {
                ofWorkload.sort(BY_RULE_ID);
            }
            result.cumulative[w + 1] = result.cumulative[w]
                    + (result.forbidden[w] == null ? 0 : result.forbidden[w].cardinality());
        }
        return result;
    }

    /** How many (workload, host) pairs are forbidden. */
    @Override
    public long size() {
        return cumulative[workloads.size()];
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public boolean forbids(Workload workload, Host host) {
        Integer w = workloadIndex.get(workload.id());
        Integer h = hostIndex.get(host.id());
        return w != null && h != null && forbidden[w] != null && forbidden[w].get(h);
    }

    /** The restriction on a pair, from the rule with the smallest id among those that forbid it. */
    @Override
    public Optional<Restriction> restriction(Workload workload, Host host) {
        Integer w = workloadIndex.get(workload.id());
        Integer h = hostIndex.get(host.id());
        if (w == null || h == null || forbidden[w] == null || !forbidden[w].get(h)) {
            return Optional.empty();
        }
        return Optional.of(restriction(w, h));
    }

    @Override
    public BitSet forbiddenHostIndexes(Workload workload) {
        Integer w = workloadIndex.get(workload.id());
        return w == null || forbidden[w] == null ? new BitSet() : forbidden[w];
    }

    /** The inventory's hosts this workload may run on, in inventory order: a value range for the planner. */
    public List<Host> allowedHosts(Workload workload) {
        Integer w = workloadIndex.get(workload.id());
        if (w == null || forbidden[w] == null) {
            return hosts;
        }
        List<Host> allowed = new ArrayList<>(hosts.size() - forbidden[w].cardinality());
        for (int h = forbidden[w].nextClearBit(0); h < hosts.size(); h = forbidden[w].nextClearBit(h + 1)) {
            allowed.add(hosts.get(h));
        }
        return allowed;
    }

    /**
     * Every forbidden pair as a {@link Restriction}, ordered as the inventory lists workloads, then hosts. The records
     * are made as the list is read, so keep the list, not a copy, when the pairs run into millions.
     */
    public List<Restriction> asList() {
        return new Pairs();
    }

    private Restriction restriction(int w, int h) {
        Host host = hosts.get(h);
        for (Object fact : sources.get(w)) {
            if (fact instanceof Restriction r) {
                if (r.host().id().equals(host.id())) {
                    return r;
                }
            } else if (fact instanceof ClassRestriction c && c.hostClass().contains(host)) {
                return new Restriction(c.ruleId(), workloads.get(w), host, c.reason());
            }
        }
        throw new IllegalStateException("no rule forbids " + workloads.get(w).id() + " on " + host.id());
    }

    /** The pairs in order; reading is sequential through the iterator, random access walks one workload's bits. */
    private final class Pairs extends AbstractList<Restriction> {
        @Override
        public int size() {
            return Math.toIntExact(PolicyRestrictions.this.size());
        }

        @Override
        public Restriction get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index);
            }
            int w = upperBound(index) - 1;
            int h = forbidden[w].nextSetBit(0);
            for (long skip = index - cumulative[w]; skip > 0; skip--) {
                h = forbidden[w].nextSetBit(h + 1);
            }
            return restriction(w, h);
        }

        /** The first workload index whose cumulative count exceeds {@code index}. */
        private int upperBound(long index) {
            int low = 0;
            int high = cumulative.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] <= index) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        @Override
        public Iterator<Restriction> iterator() {
            return new Iterator<>() {
                private int w = nextWorkload(0);
                private int h = w < workloads.size() ? forbidden[w].nextSetBit(0) : -1;

                private int nextWorkload(int from) {
                    int next = from;
                    while (next < workloads.size() && (forbidden[next] == null || forbidden[next].isEmpty())) {
                        next++;
                    }
                    return next;
                }

                @Override
                public boolean hasNext() {
                    return w < workloads.size();
                }

                @Override
                public Restriction next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Restriction current = restriction(w, h);
                    h = forbidden[w].nextSetBit(h + 1);
                    if (h < 0) {
                        w = nextWorkload(w + 1);
                        h = w < workloads.size() ? forbidden[w].nextSetBit(0) : -1;
                    }
                    return current;
                }
            };
        }
    }

    private static String ruleIdOf(Object fact) {
        return fact instanceof Restriction r ? r.ruleId() : ((ClassRestriction) fact).ruleId();
    }

    /** The indexes of the hosts that are in this inventory, as bits. */
    private BitSet bitsOf(List<Host> of) {
        BitSet bits = new BitSet(hosts.size());
        for (Host host : of) {
            Integer h = hostIndex.get(host.id());
            if (h != null) {
                bits.set(h);
            }
        }
        return bits;
    }

    private static Workload workloadOf(Object fact) {
        return fact instanceof Restriction r ? r.workload() : ((ClassRestriction) fact).workload();
    }

    private static List<Host> hostsOf(Object fact) {
        return fact instanceof Restriction r ? List.of(r.host()) : ((ClassRestriction) fact).hostClass().hosts();
    }

    private static Map<String, Integer> indexOf(List<String> ids) {
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }

    @Override
    public String toString() {
        return "PolicyRestrictions[" + size() + " forbidden pairs]";
    }
}

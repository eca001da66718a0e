package org.consolida.rules;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.inventory.Workload;
import org.kie.api.definition.rule.Rule;

/**
 * The placements the policy rules forbid, held compactly: one bit per (workload, host) pair, and per workload the
 * verdicts that forbid them, for the reasons (a class verdict is one object shared by every workload it applies to). A 10,000 × 1,000 inventory whose live-migration policy forbids millions of pairs
 * takes about a megabyte here; {@link #asList()} makes {@link Restriction} records only as they are read.
 * The planner may ask {@link #forbids} or {@link #allowedHosts} (a per-workload value range) instead of joining millions
 * of facts.
 */
public final class PolicyRestrictions implements ForbiddenPlacements {
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

    /** Built from a list of {@link Restriction}s and {@link ClassRestriction}s (tests; no session). */
    static PolicyRestrictions of(Inventory inventory, List<Object> inserted) {
        Collector collector = new Collector(inventory);
        inserted.forEach(collector::add);
        return collector.build();
    }

    /**
     * A rule's verdict on a class, without the workload: one object shared by every workload the rule passes it on
     * (POL-004 passes a few hundred distinct verdicts on to millions of (workload, class) pairs at 100,000 workloads).
     */
    private record ClassVerdict(String ruleId, HostClass hostClass, String reason) {
    }

    /** A class's hosts as bits, and the verdicts passed on it so far. */
    private record ClassEntry(BitSet bits, List<ClassVerdict> verdicts) {
    }

    /**
     * Gathers what the policy rules forbid as they fire ({@link Restrictions#forbid} hands each verdict here), so that
     * millions of verdicts need not become working-memory facts, then makes the {@link PolicyRestrictions}. One per
     * session, used on the session's thread only.
     */
    static final class Collector {
        private final PolicyRestrictions result;
        // By identity: the rules pass back the very objects inserted as facts, and a class's bits are made once.
        private final Map<HostClass, ClassEntry> classes = new IdentityHashMap<>();
        private Workload lastWorkload;
        private int lastIndex = -1;
        private Rule lastRule;
        private String lastRuleId;
        private boolean built;

        Collector(Inventory inventory) {
            this.result = new PolicyRestrictions(inventory);
        }

        /** The firing rule's {@code @id}, read once per run of one rule's firings rather than once per firing. */
        String ruleId(Rule rule) {
            if (rule != lastRule) {
                lastRule = rule;
                lastRuleId = RuleMetadata.text(rule.getMetaData().get(RuleMetadata.ID));
            }
            return lastRuleId;
        }

        /** Records a {@link Restriction} or a {@link ClassRestriction}; a workload not in the inventory is ignored. */
        void add(Object fact) {
            if (built) {
                throw new IllegalStateException("a restriction came after the policy rules finished: " + fact);
            }
            if (fact instanceof ClassRestriction c) {
                int w = indexOf(c.workload());
                if (w >= 0) {
                    forbid(w, verdict(c));
                }
            } else {
                Restriction r = (Restriction) fact;
                int w = indexOf(r.workload());
                if (w >= 0) {
                    forbid(w, r);
                }
            }
        }

        /**
         * Records the restrictions a session holds as facts ({@code insert(Restrictions.forbid(…))}, or a rule's own
         * {@code new Restriction(…)}), leaving out those {@link Restrictions#forbid} recorded already.
         */
        void addInserted(Collection<?> facts) {
            if (facts.isEmpty()) {
                return;
            }
            Set<Object> unrecorded = Collections.newSetFromMap(new IdentityHashMap<>(facts.size() * 2));
            unrecorded.addAll(facts);
            for (List<Object> sources : result.sources) {
                if (sources != null) {
                    sources.forEach(unrecorded::remove); // a recorded Restriction is the inserted object itself
                }
            }
            for (Object fact : facts) {
                if (fact instanceof ClassRestriction c) {
                    int w = indexOf(c.workload());
                    ClassVerdict verdict = verdict(c);
                    List<Object> sources = w < 0 ? null : result.sources.get(w);
                    if (w >= 0 && (sources == null || sources.stream().noneMatch(s -> s == verdict))) {
                        forbid(w, verdict);
                    }
                } else if (unrecorded.contains(fact)) {
                    add(fact);
                }
            }
        }

        /**
         * Makes each workload's bits from its verdicts. Workloads with the same verdicts (the same current class, kind
         * and criticality, say) share one bit set and one list: at 100,000 workloads a few hundred sets instead of
         * 100,000 (125 MB the collector would copy); the planner's contract is that it does not change them.
         */
        PolicyRestrictions build() {
            built = true;
            Map<List<Object>, Forbidden> shared = new HashMap<>();
            for (int w = 0; w < result.workloads.size(); w++) {
                List<Object> sources = result.sources.get(w);
                long count = 0;
                if (sources != null) {
                    Forbidden forbidden = shared.computeIfAbsent(sources, this::forbiddenBy);
                    result.sources.set(w, forbidden.sources());
                    result.forbidden[w] = forbidden.bits();
                    count = forbidden.count();
                }
                result.cumulative[w + 1] = result.cumulative[w] + count;
            }
            return result;
        }

        /** One set of verdicts, the hosts they forbid, and how many. */
        private record Forbidden(List<Object> sources, BitSet bits, int count) {
        }

        private Forbidden forbiddenBy(List<Object> sources) {
            BitSet bits = new BitSet(result.hosts.size());
            for (Object verdict : sources) {
                if (verdict instanceof ClassVerdict v) {
                    bits.or(classes.get(v.hostClass()).bits());
                } else {
                    bits.set(result.hostIndex.get(((Restriction) verdict).host().id()));
                }
            }
            return new Forbidden(sources, bits, bits.cardinality());
        }

        /** The shared verdict for a class restriction: the class's verdicts are few, and their strings constants. */
        private ClassVerdict verdict(ClassRestriction c) {
            ClassEntry entry = classes.computeIfAbsent(c.hostClass(),
                    k -> new ClassEntry(result.bitsOf(k.hosts()), new ArrayList<>(2)));
            for (ClassVerdict known : entry.verdicts()) {
                if (known.ruleId().equals(c.ruleId()) && known.reason().equals(c.reason())) {
                    return known;
                }
            }
            ClassVerdict verdict = new ClassVerdict(c.ruleId(), c.hostClass(), c.reason());
            entry.verdicts().add(verdict);
            return verdict;
        }

        /** Keeps a verdict that covers a host of the inventory; the bits are made in {@link #build()}. */
        private void forbid(int w, Object verdict) {
            // One bit set per class, made once: 100,000 workloads × a few classes × hundreds of hosts each would
            // otherwise be hundreds of millions of id look-ups.
            BitSet covered = null;
            Integer host = null;
            if (verdict instanceof ClassVerdict v) {
                covered = classes.get(v.hostClass()).bits();
            } else {
                host = result.hostIndex.get(((Restriction) verdict).host().id());
            }
            if (covered == null ? host == null : covered.isEmpty()) {
                return; // no host of this inventory
            }
            List<Object> sources = result.sources.get(w);
            if (sources == null) {
                sources = new ArrayList<>(4);
                result.sources.set(w, sources);
            }
            sources.add(verdict);
        }

        private int indexOf(Workload workload) {
            // The rules fire for one workload many times in a row (once per forbidden class): skip the look-up.
            if (workload != lastWorkload) {
                Integer w = result.workloadIndex.get(workload.id());
                lastWorkload = workload;
                lastIndex = w == null ? -1 : w;
            }
            return lastIndex;
        }
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

    /** The pair's restriction from the rule with the smallest id among those that forbid it (the first one on a tie). */
    private Restriction restriction(int w, int h) {
        Host host = hosts.get(h);
        Object chosen = null;
        for (Object fact : sources.get(w)) {
            boolean covers = fact instanceof Restriction r ? r.host().id().equals(host.id())
                    : ((ClassVerdict) fact).hostClass().contains(host);
            if (covers && (chosen == null || ruleIdOf(fact).compareTo(ruleIdOf(chosen)) < 0)) {
                chosen = fact;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no rule forbids " + workloads.get(w).id() + " on " + host.id());
        }
        return chosen instanceof Restriction r ? r
                : new Restriction(((ClassVerdict) chosen).ruleId(), workloads.get(w), host,
                ((ClassVerdict) chosen).reason());
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
        return fact instanceof Restriction r ? r.ruleId() : ((ClassVerdict) fact).ruleId();
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

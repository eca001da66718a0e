package org.consolida.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

/**
 * What a host carries of every resource, in each resource's unit: one vector, so that every dimension is checked by
 * the same code. Immutable; the collectors below sum demands into it incrementally.
 */
public final class Load {
    private final long[] amounts;

    private Load(long[] amounts) {
        this.amounts = amounts;
    }

    public static Load of(Resource resource, long amount) {
        long[] amounts = new long[Resource.COUNT];
        amounts[resource.ordinal()] = amount;
        return new Load(amounts);
    }

    public long amount(Resource resource) {
        return amounts[resource.ordinal()];
    }

    public long cpuMhz() {
        return amounts[Resource.CPU.ordinal()];
    }

    /** The sum over resources of what exceeds the host's limit (0 when everything fits). */
    public long overage(PlannedHost host) {
        long overage = 0;
        for (Resource resource : Resource.ALL) {
            HostCapacity capacity = host.capacity(resource);
            if (capacity != null && amounts[resource.ordinal()] > capacity.limit()) {
                overage += amounts[resource.ordinal()] - capacity.limit();
            }
        }
        return overage;
    }

    /** The resources over their limit on a host. */
    public List<Justifications.Overage> overages(PlannedHost host) {
        List<Justifications.Overage> overages = new ArrayList<>();
        for (Resource resource : Resource.ALL) {
            HostCapacity capacity = host.capacity(resource);
            if (capacity != null && amounts[resource.ordinal()] > capacity.limit()) {
                overages.add(new Justifications.Overage(resource, amounts[resource.ordinal()], capacity.limit(),
                        resource.unit()));
            }
        }
        return overages;
    }

    /**
     * Sums what placements cost the host they are on: CPU with that host's hypervisor overhead
     * ({@link Placement#cpuMhzOn}), the other resources as demanded. Grouped by host, so the host is the group's key;
     * the undo keeps the figures it added, as the placement may have moved by the time it is retracted.
     */
    static UniConstraintCollector<Placement, long[], Load> sumOfDemands() {
        return new UniConstraintCollector<>() {
            @Override
            public Supplier<long[]> supplier() {
                return () -> new long[Resource.COUNT];
            }

            @Override
            public java.util.function.BiFunction<long[], Placement, Runnable> accumulator() {
                int cpu = Resource.CPU.ordinal();
                return (sum, placement) -> {
                    long[] demand = placement.demandVector();
                    long cpuMhz = placement.cpuMhzOn(placement.getHost());
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += demand[i];
                    }
                    sum[cpu] += cpuMhz - demand[cpu];
                    return () -> {
                        for (int i = 0; i < sum.length; i++) {
                            sum[i] -= demand[i];
                        }
                        sum[cpu] -= cpuMhz - demand[cpu];
                    };
                };
            }

            @Override
            public java.util.function.Function<long[], Load> finisher() {
                return sum -> new Load(sum.clone());
            }
        };
    }

    /** Sums loads given per host. */
    static <A> BiConstraintCollector<A, Load, long[], Load> sumOfLoads() {
        return new BiConstraintCollector<>() {
            @Override
            public Supplier<long[]> supplier() {
                return () -> new long[Resource.COUNT];
            }

            @Override
            public TriFunction<long[], A, Load, Runnable> accumulator() {
                return (sum, key, load) -> {
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += load.amounts[i];
                    }
                    return () -> {
                        for (int i = 0; i < sum.length; i++) {
                            sum[i] -= load.amounts[i];
                        }
                    };
                };
            }

            @Override
            public java.util.function.Function<long[], Load> finisher() {
                return sum -> new Load(sum.clone());
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Load other && Arrays.equals(amounts, other.amounts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(amounts);
    }

    @Override
    public String toString() {
        return Arrays.toString(amounts);
    }
}

package org.consolida.simulation;

/**
 * What memory over-commit beyond a host's physical memory costs its guests. With ρ = guest memory / host memory,
 * x = 1 − 1/ρ of every guest's memory has no physical page. The first {@code balloonableShare} of it is reclaimed by
 * ballooning and page sharing (cheap: guests give up free and cache pages); the rest is swapped by the hypervisor
 * (expensive: random pages, including hot ones). Waldspurger, OSDI 2002, describes the hierarchy; the cost figures are
 * judgements, see docs/simulation.md.
 */
final class MemoryPressure {
    private MemoryPressure() {
    }

    /** Throughput factor (0–1) of the guests of a host whose guests hold {@code overcommit} times its memory. */
    static double throughputFactor(double overcommit, SimulationSettings settings) {
        if (overcommit <= 1) {
            return 1;
        }
        double missing = 1 - 1 / overcommit;
        double ballooned = Math.min(missing, settings.balloonableShare());
        double swapped = missing - ballooned;
        return Math.max(0, 1 - settings.balloonCost() * ballooned - settings.swapCost() * swapped);
    }
}

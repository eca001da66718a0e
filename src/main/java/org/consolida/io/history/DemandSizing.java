package org.consolida.io.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.consolida.inventory.DemandProfile;
import org.consolida.inventory.Host;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.MeasuredDemand;
import org.consolida.inventory.MeasuredUse;
import org.consolida.inventory.Problem;
import org.consolida.inventory.Workload;

/**
 * Measured demand into the inventory: each workload with a history is planned at a percentile of its CPU samples times
 * the headroom factor and at a percentile of its memory samples, and its day profile becomes the hour-of-day shares
 * of its history. Everything after planning sees only the inventory, and the {@link MeasuredDemand} for the simulated
 * day and right-sizing.
 *
 * <p>An entity of the history that is no workload of the inventory is an error at its first line, as is a CPU series
 * in % or in cores for a workload with no current host (its clock is unknown).
 */
public final class DemandSizing {
    /** The inventory planned from the history, what was measured, and what the sizing wants a user to know. */
    public record Sized(Inventory inventory, MeasuredDemand measured, List<Problem> warnings) {
        public Sized {
            warnings = List.copyOf(warnings);
        }
    }

    private static final int MINUTES_PER_DAY = 24 * 60;
    private static final long SECONDS_PER_DAY = 86_400;

    private DemandSizing() {
    }

    public static Sized apply(Inventory inventory, History history, Sizing sizing) {
        Map<String, Workload> exact = new HashMap<>();
        Map<String, List<Workload>> folded = new HashMap<>();
        for (Workload w : inventory.workloads()) {
            exact.put(w.id(), w);
            folded.computeIfAbsent(w.id().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(w);
        }
        List<Problem> errors = new ArrayList<>();
        Map<Workload, List<Series>> byWorkload = new LinkedHashMap<>();
        for (Series series : history.series()) {
            Workload workload = exact.get(series.entity());
            if (workload == null) {
                List<Workload> candidates = folded.getOrDefault(series.entity().toLowerCase(Locale.ROOT), List.of());
                workload = candidates.size() == 1 ? candidates.get(0) : null;
            }
            if (workload == null) {
                errors.add(Problem.error(series.file(), "line " + series.firstLine(), "entity \"" + series.entity()
                        + "\" is not a workload of " + inventory.name() + ": name it as the inventory does, or "
                        + "leave its samples out"));
                continue;
            }
            byWorkload.computeIfAbsent(workload, k -> new ArrayList<>()).add(series);
        }

        List<Problem> warnings = new ArrayList<>(history.warnings());
        List<MeasuredUse> uses = new ArrayList<>();
        Map<String, Workload> resized = new HashMap<>();
        List<String> extraCpuSeries = new ArrayList<>();
        List<String> memoryKept = new ArrayList<>();
        for (Map.Entry<Workload, List<Series>> entry : byWorkload.entrySet()) {
            Workload workload = entry.getKey();
            Series cpu = entry.getValue().stream().filter(s -> s.metric().isCpu())
                    .min(Comparator.comparingInt(s -> s.metric().cpuPreference())).orElse(null);
            Series memory = entry.getValue().stream().filter(s -> !s.metric().isCpu()).findFirst().orElse(null);
            if (entry.getValue().stream().filter(s -> s.metric().isCpu()).count() > 1) {
                extraCpuSeries.add(workload.id());
            }
            double[] cpuGhz = cpu == null ? null : cpuGhz(workload, cpu, errors);
            if (cpu != null && cpuGhz == null) {
                continue;
            }
            MeasuredUse use = measure(workload, cpu, cpuGhz, memory, sizing);
            if (memory != null && !(use.memoryGib() > 0)) {
                memoryKept.add(workload.id());
            }
            uses.add(use);
            resized.put(workload.id(), resize(workload, use, cpu, cpuGhz, sizing));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        List<Workload> workloads = new ArrayList<>();
        List<String> withoutHistory = new ArrayList<>();
        for (Workload w : inventory.workloads()) {
            Workload sized = resized.get(w.id());
            if (sized == null) {
                withoutHistory.add(w.id());
            }
            workloads.add(sized == null ? w : sized);
        }
        String source = history.source();
        warnings.add(Problem.warning(source, "", "history (" + history.format() + "): " + uses.size() + " of "
                + inventory.workloads().size() + " workloads planned from their history, " + sizing.describe()
                + ", with hour-of-day profiles from it" + (withoutHistory.isEmpty() ? ""
                : "; " + withoutHistory.size() + " without history keep the inventory's figures "
                        + sample(withoutHistory))));
        if (!extraCpuSeries.isEmpty()) {
            warnings.add(Problem.warning(source, "", extraCpuSeries.size() + " workloads have CPU in more than one "
                    + "metric " + sample(extraCpuSeries) + ": MHz is used before cores, cores before %"));
        }
        if (!memoryKept.isEmpty()) {
            warnings.add(Problem.warning(source, "", memoryKept.size() + " workloads measured no memory in use "
                    + sample(memoryKept) + ": they keep the inventory's memory"));
        }
        MeasuredDemand measured = MeasuredDemand.of(source, sizing.describe(), uses);
        return new Sized(inventory.withWorkloads(workloads), measured, warnings);
    }

    /** A CPU series in GHz, or null (with an error) when a % or cores series has no host clock to refer to. */
    private static double[] cpuGhz(Workload workload, Series cpu, List<Problem> errors) {
        Host host = workload.currentHost();
        if ((cpu.metric() == Metric.CPU_PERCENT || cpu.metric() == Metric.CPU_CORES) && host == null) {
            errors.add(Problem.error(cpu.file(), "line " + cpu.firstLine(), "workload " + workload.id()
                    + " has no current host, and " + cpu.metric().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " counts in its host's cores: give its CPU in MHz (cpu.usagemhz.average), or its current host"));
            return null;
        }
        double[] ghz = new double[cpu.size()];
        for (int i = 0; i < ghz.length; i++) {
            double v = cpu.values()[i];
            ghz[i] = switch (cpu.metric()) {
                case CPU_MHZ -> v / 1000;
                case CPU_CORES -> v * host.model().coreGhz();
                case CPU_PERCENT -> v / 100 * workload.vcpus() * host.model().coreGhz();
                case TRACE_PERCENT -> v / 100 * workload.cpuGhz();
                default -> throw new IllegalStateException(cpu.metric() + " is not a CPU metric");
            };
        }
        return ghz;
    }

    static MeasuredUse measure(Workload workload, Series cpu, double[] cpuGhz, Series memory, Sizing sizing) {
        Double percentile = null;
        Double planned = null;
        Double peak = null;
        Double mean = null;
        int slotMinutes = MINUTES_PER_DAY;
        double[] day = new double[0];
        if (cpu != null && cpuGhz.length > 0) {
            double[] sorted = cpuGhz.clone();
            Arrays.sort(sorted);
            percentile = Percentiles.ofSorted(sorted, 0, sorted.length, sizing.cpuPercentile());
            planned = percentile * sizing.headroomFactor();
            peak = sorted[sorted.length - 1];
            mean = Arrays.stream(cpuGhz).average().orElse(0);
            slotMinutes = (int) Math.max(1, Math.min(MINUTES_PER_DAY, Math.round(cpu.intervalSeconds() / 60.0)));
            if (cpu.intervalSeconds() == 0) {
                slotMinutes = MINUTES_PER_DAY;
            }
            day = lastDay(cpu, cpuGhz, slotMinutes);
        }
        Double memoryGib = null;
        Double memoryPeak = null;
        if (memory != null && memory.size() > 0) {
            double[] gib = new double[memory.size()];
            for (int i = 0; i < gib.length; i++) {
                gib[i] = memory.metric().gib(memory.values()[i]);
            }
            Arrays.sort(gib);
            memoryGib = Percentiles.ofSorted(gib, 0, gib.length, sizing.memoryPercentile());
            memoryPeak = gib[gib.length - 1];
        }
        return MeasuredUse.builder().workload(workload.id()).cpuSamples(cpuGhz == null ? 0 : cpuGhz.length)
                .cpuPercentileGhz(percentile).plannedCpuGhz(planned).cpuPeakGhz(peak).cpuMeanGhz(mean)
                .memoryGib(memoryGib).memoryPeakGib(memoryPeak).configuredVcpus(workload.vcpus())
                .configuredMemoryGib(workload.memoryGib()).daySlotMinutes(slotMinutes).dayCpuGhz(day).build();
    }

    /**
     * The last 24 hours of a CPU series by time of day: the mean of the samples in each slot after midnight, NaN
     * where there is none (a history shorter than a day, or a missing sample).
     */
    private static double[] lastDay(Series cpu, double[] ghz, int slotMinutes) {
        int slots = (MINUTES_PER_DAY + slotMinutes - 1) / slotMinutes;
        double[] sum = new double[slots];
        int[] count = new int[slots];
        long last = cpu.epochSeconds()[cpu.size() - 1];
        for (int i = 0; i < cpu.size(); i++) {
            if (cpu.epochSeconds()[i] > last - SECONDS_PER_DAY) {
                int slot = cpu.minuteOfDay()[i] / slotMinutes;
                sum[slot] += ghz[i];
                count[slot]++;
            }
        }
        double[] day = new double[slots];
        for (int s = 0; s < slots; s++) {
            day[s] = count[s] == 0 ? Double.NaN : sum[s] / count[s];
        }
        return day;
    }

    /**
     * The hour-of-day profile: for each hour, the same percentile of the samples taken in that hour (over all days),
     * as a share of the percentile over all samples, at most 1. An hour without samples, and a workload whose
     * percentile is 0, are planned at 1.
     */
    static DemandProfile profile(String workloadId, Series cpu, double[] ghz, double percentile, Sizing sizing) {
        double[][] byHour = new double[DemandProfile.HOURS][];
        int[] counts = new int[DemandProfile.HOURS];
        for (int i = 0; i < ghz.length; i++) {
            counts[cpu.minuteOfDay()[i] / 60]++;
        }
        for (int h = 0; h < byHour.length; h++) {
            byHour[h] = new double[counts[h]];
            counts[h] = 0;
        }
        for (int i = 0; i < ghz.length; i++) {
            int h = cpu.minuteOfDay()[i] / 60;
            byHour[h][counts[h]++] = ghz[i];
        }
        List<Double> shares = new ArrayList<>(DemandProfile.HOURS);
        for (double[] hour : byHour) {
            double p = Percentiles.of(hour, sizing.cpuPercentile());
            shares.add(Double.isNaN(p) || !(percentile > 0) ? 1.0 : Math.min(1.0, p / percentile));
        }
        return new DemandProfile("history " + workloadId, shares);
    }

    private static Workload resize(Workload w, MeasuredUse use, Series cpu, double[] cpuGhz, Sizing sizing) {
        double cpuPlanned = use.hasCpu() ? use.plannedCpuGhz() : w.cpuGhz();
        DemandProfile profile = use.hasCpu() ? profile(w.id(), cpu, cpuGhz, use.cpuPercentileGhz(), sizing)
                : w.profile();
        double memory = use.memoryGib() != null && use.memoryGib() > 0 ? use.memoryGib() : w.memoryGib();
        return w.toBuilder().cpuGhz(cpuPlanned).memoryGib(memory).profile(profile).build();
    }

    /** Up to five names, then how many more. */
    static String sample(List<String> names) {
        int shown = Math.min(5, names.size());
        return "(" + String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? ", … " + (names.size() - shown) + " more" : "") + ")";
    }
}

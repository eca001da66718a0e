package org.consolida.io.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.MeasuredUse;
import org.consolida.inventory.Problem;
import org.consolida.inventory.Workload;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Percentiles computed by hand: nearest rank, the ⌈p/100 · n⌉-th smallest sample. */
class DemandSizingTest {
    @TempDir
    Path dir;

    /** Host h1: 10 cores of 1 GHz. Workloads have 2 vCPUs, 4 GiB configured and 3 GHz in the inventory. */
    private static Inventory inventory() {
        return new TestDatacenter().withHosts("h1").withVm("vm-a", 3, 4, "h1").withVm("vm-b", 3, 4, "h1")
                .withVm("vm-c", 3, 4).inventory();
    }

    @Test
    void plansCpuAtTheNinetyFifthPercentileAndMemoryAtItsPeak() throws Exception {
        // 20 samples 100, 200, … 2,000 MHz: p95 is the 19th smallest, 1,900 MHz.
        Path file = HistoryFiles.vCenter().series("vm-a", "cpu.usagemhz.average", HistoryFiles.ramp(20, 100))
                .series("vm-a", "mem.consumed.average", 1048576, 3145728, 2097152)
                .write(dir.resolve("h.csv"));

        DemandSizing.Sized sized = DemandSizing.apply(inventory(), HistoryReader.read(file), Sizing.defaults());

        Workload a = sized.inventory().workload("vm-a");
        assertThat(a.cpuGhz()).isCloseTo(1.9, within(1e-9));
        assertThat(a.memoryGib()).isCloseTo(3.0, within(1e-9)); // 3,145,728 KB, the highest of three
        MeasuredUse use = sized.measured().of("vm-a").orElseThrow();
        assertThat(use.cpuPeakGhz()).isCloseTo(2.0, within(1e-9));
        assertThat(use.cpuMeanGhz()).isCloseTo(1.05, within(1e-9));
        assertThat(use.configuredMemoryGib()).isEqualTo(4.0);
        assertThat(use.cpuSamples()).isEqualTo(20);
        // Without history vm-b and vm-c keep the inventory's figures, and a warning says so.
        assertThat(sized.inventory().workload("vm-b").cpuGhz()).isEqualTo(3.0);
        assertThat(sized.warnings()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("1 of 3 workloads planned from their history, CPU p95 × 1.0, memory max")
                .contains("2 without history keep the inventory's figures (vm-b, vm-c)"));
    }

    @Test
    void theHeadroomFactorAndTheChosenPercentilesApply() throws Exception {
        Path file = HistoryFiles.vCenter().series("vm-a", "cpu.usagemhz.average", HistoryFiles.ramp(20, 100))
                .series("vm-a", "mem.consumed.average", HistoryFiles.ramp(100, 1048576 / 10.0))
                .write(dir.resolve("h.csv"));

        // p50 of 1..20 × 100 MHz is the 10th smallest, 1,000 MHz; × 1.3. Memory p99 of 0.1 … 10 GiB is the 99th, 9.9 GiB.
        DemandSizing.Sized sized = DemandSizing.apply(inventory(), HistoryReader.read(file), new Sizing(50, 1.3, 99));

        assertThat(sized.inventory().workload("vm-a").cpuGhz()).isCloseTo(1.3, within(1e-9));
        assertThat(sized.inventory().workload("vm-a").memoryGib()).isCloseTo(9.9, within(1e-9));
        assertThat(sized.measured().of("vm-a").orElseThrow().cpuPercentileGhz()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theDayProfileIsEachHoursPercentileAsAShareOfTheWholePercentile() throws Exception {
        // 10:00–10:55 holds 100 … 1,200 MHz (12 samples: p95 is the 12th, 1,200); 11:00–11:35 holds 1,300 … 2,000.
        Path file = HistoryFiles.vCenter().series("vm-a", "cpu.usagemhz.average", HistoryFiles.ramp(20, 100))
                .write(dir.resolve("h.csv"));

        Workload a = DemandSizing.apply(inventory(), HistoryReader.read(file), Sizing.defaults()).inventory()
                .workload("vm-a");

        assertThat(a.profile().hourlyShare().get(10)).isCloseTo(1200.0 / 1900, within(1e-9));
        assertThat(a.profile().hourlyShare().get(11)).isEqualTo(1.0); // 2,000 above the p95 of 1,900: capped
        assertThat(a.profile().hourlyShare().get(3)).isEqualTo(1.0);  // no samples: planned at full
    }

    @Test
    void cpuInPercentAndInCoresCountsTheCurrentHostsClock() throws Exception {
        Path file = HistoryFiles.vCenter().series("vm-a", "cpu.usage.average", 10, 50)
                .series("vm-b", "cpu_cores", 0.5, 1.5, 1.0).write(dir.resolve("h.csv"));

        Inventory sized = DemandSizing.apply(inventory(), HistoryReader.read(file), Sizing.defaults()).inventory();

        // 50 % of 2 vCPUs × 1 GHz; p95 of two samples is the second smallest.
        assertThat(sized.workload("vm-a").cpuGhz()).isCloseTo(1.0, within(1e-9));
        // 1.5 cores × 1 GHz: p95 of three samples is the third smallest.
        assertThat(sized.workload("vm-b").cpuGhz()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void planetLabTracesArePercentOfTheWorkloadsCpuAndPeakSizingTakesTheHighestSample() throws Exception {
        // 274 samples at 10 %, 14 at 90 %: the p95 (274th smallest) is 10 %, the peak 90 %; of 3 GHz.
        HistoryFiles.trace(dir, "vm-c", HistoryFiles.day(274, 10, 90));
        History traces = HistoryReader.read(dir);

        Inventory p95 = DemandSizing.apply(inventory(), traces, Sizing.defaults()).inventory();
        Inventory peak = DemandSizing.apply(inventory(), traces, Sizing.defaults().atPeak()).inventory();

        assertThat(p95.workload("vm-c").cpuGhz()).isCloseTo(0.3, within(1e-9));
        assertThat(peak.workload("vm-c").cpuGhz()).isCloseTo(2.7, within(1e-9));
        // One more sample at 90 % and the p95 is 90 %.
        HistoryFiles.trace(dir, "vm-c", HistoryFiles.day(273, 10, 90));
        assertThat(DemandSizing.apply(inventory(), HistoryReader.read(dir), Sizing.defaults()).inventory()
                .workload("vm-c").cpuGhz()).isCloseTo(2.7, within(1e-9));
    }

    @Test
    void theLastDayIsKeptByTimeOfDayForTheSimulation() throws Exception {
        HistoryFiles.trace(dir, "vm-c", HistoryFiles.day(144, 20, 40));

        MeasuredUse use = DemandSizing.apply(inventory(), HistoryReader.read(dir), Sizing.defaults()).measured()
                .of("vm-c").orElseThrow();

        assertThat(use.daySlotMinutes()).isEqualTo(5);
        assertThat(use.dayCpuGhzAt(0)).isCloseTo(0.6, within(1e-9));         // 20 % of 3 GHz at 00:00
        assertThat(use.dayCpuGhzAt(12 * 60 + 2)).isCloseTo(1.2, within(1e-9)); // 40 % from noon
    }

    @Test
    void unknownEntitiesAndPercentWithoutAHostAreErrorsAtTheirFirstLine() throws Exception {
        Path file = HistoryFiles.vCenter().series("vm-a", "cpu.usagemhz.average", 100, 200)
                .series("vm-zz", "cpu.usagemhz.average", 100)
                .series("vm-c", "cpu.usage.average", 10)
                .write(dir.resolve("h.csv"));
        History history = HistoryReader.read(file);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> DemandSizing.apply(inventory(), history, Sizing.defaults()));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                file + ": line 4: entity \"vm-zz\" is not a workload of test: name it as the inventory does, or leave "
                        + "its samples out",
                file + ": line 5: workload vm-c has no current host, and cpu percent counts in its host's cores: "
                        + "give its CPU in MHz (cpu.usagemhz.average), or its current host");
    }

    @Test
    void entitiesMatchWorkloadsIgnoringCase() throws Exception {
        Path file = HistoryFiles.vCenter().series("VM-A", "cpu.usagemhz.average", 500).write(dir.resolve("h.csv"));

        Inventory sized = DemandSizing.apply(inventory(), HistoryReader.read(file), Sizing.defaults()).inventory();

        assertThat(sized.workload("vm-a").cpuGhz()).isCloseTo(0.5, within(1e-9));
    }
}

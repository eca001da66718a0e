package org.consolida.io.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsAVCenterExportIntoOneSortedSeriesPerEntityAndMetric() throws Exception {
        Path file = HistoryFiles.vCenter()
                .row("2025-03-03T10:05:00", "vm-a", "cpu.usagemhz.average", 200)
                .row("2025-03-03T10:00:00", "vm-a", "cpu.usagemhz.average", 100)
                .row("2025-03-03T10:00:00", "vm-a", "mem.consumed.average", 1048576)
                .row("2025-03-03T10:00:00", "VM-A", "disk.usage.average", 7)
                .write(dir.resolve("h.csv"));

        History history = HistoryReader.read(file);

        assertThat(history.series()).hasSize(2);
        Series cpu = history.series().get(0);
        assertThat(cpu.metric()).isEqualTo(Metric.CPU_MHZ);
        assertThat(cpu.values()).containsExactly(100, 200);
        assertThat(cpu.minuteOfDay()).containsExactly(600, 605);
        assertThat(cpu.intervalSeconds()).isEqualTo(300);
        assertThat(cpu.firstLine()).isEqualTo(2);
        assertThat(history.warnings()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("disk.usage.average (1)"));
    }

    @Test
    void readsPowerCliExportCsvWithItsTypeLineUsTimestampsAndPerCpuRows() throws Exception {
        Path file = dir.resolve("powercli.csv");
        Files.writeString(file, String.join("\n",
                "#TYPE VMware.VimAutomation.ViCore.Impl.V1.VimClient.FloatSampleImpl",
                "\"Value\",\"Timestamp\",\"MetricId\",\"Unit\",\"Description\",\"Entity\",\"EntityId\",\"IntervalSecs\",\"Instance\"",
                "\"412\",\"3/3/2025 10:00:00 PM\",\"cpu.usagemhz.average\",\"MHz\",\"CPU usage in MHz\",\"web01\",\"VirtualMachine-vm-12\",\"300\",\"\"",
                "\"400\",\"3/3/2025 10:00:00 PM\",\"cpu.usagemhz.average\",\"MHz\",\"CPU usage in MHz\",\"web01\",\"VirtualMachine-vm-12\",\"300\",\"0\"",
                "\"530\",\"3/3/2025 10:05:00 PM\",\"cpu.usagemhz.average\",\"MHz\",\"CPU usage in MHz\",\"web01\",\"VirtualMachine-vm-12\",\"300\",\"\"",
                ""));

        History history = HistoryReader.read(file);

        assertThat(history.series()).singleElement().satisfies(s -> {
            assertThat(s.entity()).isEqualTo("web01");
            assertThat(s.values()).containsExactly(412, 530);
            assertThat(s.minuteOfDay()).containsExactly(22 * 60, 22 * 60 + 5);
        });
        assertThat(history.warnings()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("1 rows of single devices"));
    }

    @Test
    void readsAFlattenedPrometheusQueryRangeWithUnixSeconds() throws Exception {
        Path file = dir.resolve("prom.csv");
        Files.writeString(file, "timestamp,vm,__name__,value\n1741000000,vm-c,cpu_cores,0.5\n"
                + "1741000300,vm-c,cpu_cores,1.5\n1741000600,vm-c,memory_bytes,1073741824\n");

        History history = HistoryReader.read(file);

        assertThat(history.series()).extracting(Series::metric).containsExactly(Metric.CPU_CORES, Metric.MEMORY_BYTES);
        // 1741000000 is 2025-03-03 11:06:40 UTC.
        assertThat(history.series().get(0).minuteOfDay()).containsExactly(11 * 60 + 6, 11 * 60 + 11);
    }

    @Test
    void everyBadRowIsAnErrorAtItsFileAndLineInOnePass() throws Exception {
        Path file = HistoryFiles.vCenter()
                .row("2025-03-03T10:00:00", "vm-a", "cpu.usagemhz.average", 100)   // line 2
                .row("2025-03-03T10:05:00", "vm-a", "cpu.usagemhz.average", 100)   // line 3
                .row("2025-03-03T10:10:00", "vm-a", "cpu.usagemhz.average", 100)   // line 4
                .row("2025-03-03T10:10:00", "vm-a", "cpu.usagemhz.average", 120)   // line 5: duplicate of 4
                .row("2025-03-03T10:30:00", "vm-a", "cpu.usagemhz.average", 100)   // line 6: 20 min gap
                .row("2025-03-03T10:35:00", "vm-a", "cpu.usagemhz.average", "abc") // line 7: not a number
                .row("yesterday", "vm-a", "cpu.usagemhz.average", 100)             // line 8: not a time
                .row("2025-03-03T10:40:00", "vm-a", "cpu.usage.average", 140)      // line 9: above 100 %
                .row("2025-03-03T10:45:00", "", "cpu.usagemhz.average", 100)       // line 10: no entity
                .row("2025-03-03T10:50:00", "vm-a", "mem.consumed.average", -1)    // line 11: negative
                .write(dir.resolve("bad.csv"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> HistoryReader.read(file));

        assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                file + ": line 5: duplicate sample of vm-a cpu mhz: line 4 has the same time; remove one of them",
                file + ": line 6: gap in vm-a cpu mhz: 20 min since the sample before (line 5) where the series "
                        + "samples every 5 min; fill the missing samples or leave this entity out",
                file + ": line 7: value \"abc\" is not a number",
                file + ": line 8: timestamp \"yesterday\" is not a time; write " + Timestamps.FORMATS,
                file + ": line 9: value 140 is above 100 %; cpu.usage.average is a percentage",
                file + ": line 10: entity is blank: name the VM or container the sample is of",
                file + ": line 11: value -1 is negative; mem.consumed.average cannot be");
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsAnErrorAtLineOne() throws Exception {
        Path file = dir.resolve("h.csv");
        Files.writeString(file, "when,vm,value\n2025-03-03T10:00:00,a,1\n");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> HistoryReader.read(file));

        assertThat(e.problems()).singleElement().extracting(Problem::toString).asString()
                .startsWith(file + ": line 1: the header has no column timestamp, metric");
    }

    @Test
    void aFolderOfCsvFilesIsOneHistoryWhoseSeriesMayRunAcrossFiles() throws Exception {
        HistoryFiles.vCenter().row("2025-03-03T10:00:00", "vm-a", "cpu.usagemhz.average", 100)
                .write(dir.resolve("day1.csv"));
        HistoryFiles.vCenter().row("2025-03-03T10:05:00", "vm-a", "cpu.usagemhz.average", 300)
                .write(dir.resolve("day2.csv"));

        History history = HistoryReader.read(dir);

        assertThat(history.format()).isEqualTo("CSV");
        assertThat(history.series()).singleElement().satisfies(s -> assertThat(s.values()).containsExactly(100, 300));
    }

    @Test
    void aFolderWithoutCsvFilesIsReadAsPlanetLabTracesSpreadOverTheDay() throws Exception {
        HistoryFiles.trace(dir, "vm-a", HistoryFiles.day(288, 10, 10));

        History history = HistoryReader.read(dir);

        assertThat(history.format()).isEqualTo("PlanetLab traces");
        Series trace = history.series().get(0);
        assertThat(trace.entity()).isEqualTo("vm-a");
        assertThat(trace.metric()).isEqualTo(Metric.TRACE_PERCENT);
        assertThat(trace.size()).isEqualTo(288);
        assertThat(trace.intervalSeconds()).isEqualTo(300);
        assertThat(trace.minuteOfDay()[287]).isEqualTo(1435);
        assertThat(List.of(trace.values()[0])).containsExactly(10.0);
    }
}

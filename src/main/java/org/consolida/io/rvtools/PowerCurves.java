package org.consolida.io.rvtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.consolida.inventory.PowerCurve;

/**
 * Power curves for hosts that the catalog does not describe, from the published SPECpower_ssj2008 single-node results
 * of 2019–2025 (a copy of datasets/power/specpower-2019-2025-single-node.csv ships in the jar). A host gets the mean
 * curve of the results with its CPU model and socket count; failing that, a reference server with its socket count.
 */
final class PowerCurves {
    /** Where a curve came from, to be reported as an assumption. */
    record Match(PowerCurve curve, String source) {
    }

    private record Result(String server, String cpu, int sockets, List<Double> watts, String id) {
    }

    // The part of a CPU name that identifies the part: "Gold 5218", "E5-2680 v4", "EPYC 7763", "Platinum 8592+".
    private static final Pattern PART = Pattern.compile("(?i)\\b([A-Z]?\\d{3,5}[A-Z]{0,2}\\+?|[A-Z]\\d?-\\d{4}[A-Z]?)(\\s*v\\d)?\\b");
    private static final List<Result> RESULTS = load();

    private PowerCurves() {
    }

    static Match forHost(String cpuModel, int sockets) {
        String part = part(cpuModel);
        boolean amd = cpuModel != null && cpuModel.toLowerCase(Locale.ROOT).contains("amd");
        if (part != null) {
            List<Result> same = RESULTS.stream()
                    .filter(r -> r.sockets() == sockets && part.equals(part(r.cpu()))
                            && r.cpu().toLowerCase(Locale.ROOT).contains("amd") == amd)
                    .toList();
            if (!same.isEmpty()) {
                List<Double> mean = new ArrayList<>();
                for (int i = 0; i < PowerCurve.POINTS; i++) {
                    final int point = i;
                    mean.add(same.stream().mapToDouble(r -> r.watts().get(point)).average().orElseThrow());
                }
                String ids = String.join(", ", same.stream().map(r -> r.id() + " (" + r.server() + ")").toList());
                return new Match(new PowerCurve(mean), (same.size() == 1 ? "SPECpower result " : "mean of SPECpower results ")
                        + ids + " for " + sockets + " × " + part);
            }
        }
        // Reference servers (datasets/power/modern-servers.csv): HPE DL345 Gen10 Plus (1 × EPYC 7763) and
        // HPE DL380 Gen10 Plus (2 × Xeon 8380); hosts with more sockets scale the two-socket curve.
        if (sockets <= 1) {
            return new Match(new PowerCurve(List.of(58.0, 104.0, 120.0, 134.0, 150.0, 169.0, 197.0, 217.0, 236.0, 255.0, 272.0)),
                    "no SPECpower result for " + (part == null ? "this CPU" : part)
                            + "; reference 1-socket server power_ssj2008-20210221-01065 (HPE DL345 Gen10 Plus)");
        }
        double scale = sockets / 2.0;
        List<Double> watts = new ArrayList<>();
        for (double w : List.of(127.0, 198.0, 226.0, 253.0, 281.0, 314.0, 354.0, 405.0, 464.0, 576.0, 619.0)) {
            watts.add(w * scale);
        }
        return new Match(new PowerCurve(watts), "no SPECpower result for " + (part == null ? "this CPU" : part)
                + " with " + sockets + " sockets; reference 2-socket server power_ssj2008-20210601-01103 (HPE DL380 Gen10 Plus)"
                + (sockets > 2 ? " × " + scale : ""));
    }

    /** The identifying part of a CPU name, upper-cased, or null. */
    static String part(String cpu) {
        if (cpu == null) {
            return null;
        }
        String cleaned = cpu.replaceAll("(?i)\\((R|TM)\\)", " ").replaceAll("(?i)@.*$", " ")
                .replaceAll("(?i)\\b\\d+(\\.\\d+)?\\s*GHz\\b", " ").replaceAll("(?i)\\[.*?]", " ");
        Matcher matcher = PART.matcher(cleaned);
        String found = null;
        while (matcher.find()) {
            found = (matcher.group(1) + (matcher.group(2) == null ? "" : " " + matcher.group(2).strip()))
                    .toUpperCase(Locale.ROOT);
            break;
        }
        return found;
    }

    private static List<Result> load() {
        try (InputStream in = PowerCurves.class.getResourceAsStream("specpower-2019-2025-single-node.csv");
             CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8),
                     CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<Result> results = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.get("sockets").isBlank()) {
                    continue; // one published result lacks its configuration: unusable for matching
                }
                List<Double> watts = new ArrayList<>();
                watts.add(Double.parseDouble(record.get("w_idle")));
                for (int load = 10; load <= 100; load += 10) {
                    watts.add(Double.parseDouble(record.get("w" + load)));
                }
                results.add(new Result(record.get("vendor") + " " + record.get("model"), record.get("cpu"),
                        Integer.parseInt(record.get("sockets")), watts, record.get("result_id")));
            }
            return List.copyOf(results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

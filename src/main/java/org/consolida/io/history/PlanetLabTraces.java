package org.consolida.io.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;

/**
 * Reads a folder of PlanetLab CPU traces: one file per VM, one CPU % per line (288 lines for a day, one per 5 minutes),
 * the format of the traces CloudSim ships. {@code simulate --traces} drives demand with them; {@code --history} reads
 * the same folder as a utilisation history (each file the history of the workload of the same name).
 */
public final class PlanetLabTraces {
    private PlanetLabTraces() {
    }

    /** One trace: its file name and its samples as shares (0–1). */
    public record Trace(String name, double[] sharePerSample) {
    }

    /** Every regular file of the folder, in sorted order of file names; every malformed line is reported. */
    public static List<Trace> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw InvalidInputException.of(folder.toString(), "", "is not a folder of traces; give a folder with one "
                    + "PlanetLab file per workload");
        }
        List<Path> files = files(folder);
        if (files.isEmpty()) {
            throw InvalidInputException.of(folder.toString(), "", "holds no trace files");
        }
        List<Problem> problems = new ArrayList<>();
        List<Trace> traces = new ArrayList<>(files.size());
        for (Path file : files) {
            Trace trace = readOne(file, problems);
            if (trace != null) {
                traces.add(trace);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return traces;
    }

    /** The regular files of a folder that are not hidden, in sorted order of their names. */
    static List<Path> files(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw InvalidInputException.of(folder.toString(), "", "cannot be listed: " + e.getMessage());
        }
    }

    private static Trace readOne(Path file, List<Problem> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            problems.add(Problem.error(file.toString(), "", "cannot be read: " + e.getMessage()));
            return null;
        }
        double[] samples = new double[lines.size()];
        int count = 0;
        int before = problems.size();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                double percent = Double.parseDouble(line);
                if (!(percent >= 0 && percent <= 100)) {
                    problems.add(Problem.error(file.toString(), "line " + (i + 1),
                            "CPU % " + line + " is outside 0–100; write a utilisation between 0 and 100"));
                }
                samples[count++] = percent / 100.0;
            } catch (NumberFormatException e) {
                problems.add(Problem.error(file.toString(), "line " + (i + 1),
                        "\"" + line + "\" is not a number; write one CPU % per line"));
            }
        }
        if (count == 0 && problems.size() == before) {
            problems.add(Problem.error(file.toString(), "", "holds no samples; write one CPU % per line"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Trace(file.getFileName().toString(), Arrays.copyOf(samples, count));
    }
}

package org.consolida.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a scenario's result depends on, as one SHA-256: the program version, the inventory's bytes, the scenario's
 * settings, every file of its rules folder and of its utilisation history. A rerun skips a scenario whose fingerprint has not changed.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    static String of(Scenario scenario, Path defaultRules, String version) {
        MessageDigest digest = sha256();
        update(digest, "version", version);
        update(digest, "settings", canonical(scenario));
        update(digest, "inventory", hash(scenario.inventory()));
        Path rules = scenario.rules() != null ? scenario.rules() : defaultRules;
        if (rules != null && Files.isDirectory(rules)) {
            files(digest, "", rules);
        }
        Path history = scenario.history();
        if (history != null && Files.isDirectory(history)) {
            files(digest, "history/", history);
        } else if (history != null && Files.isRegularFile(history)) {
            update(digest, "history", hash(history));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every file of a folder, by its path in the folder, in sorted order. */
    private static void files(MessageDigest digest, String prefix, Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                update(digest, prefix + folder.relativize(file).toString().replace('\\', '/'), hash(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings in a fixed order: a record's toString would follow Map.copyOf's per-JVM iteration order. */
    private static String canonical(Scenario s) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("name", s.name());
        fields.put("demandGrowthPct", new TreeMap<>(s.demandGrowthPct()));
        fields.put("refresh", s.refresh());
        fields.put("addHosts", s.addHosts());
        fields.put("removeHosts", s.removeHosts());
        fields.put("removeRacks", s.removeRacks());
        fields.put("failover", s.failover());
        fields.put("objective", s.objective());
        List<Object> numbers = Arrays.asList(s.cpuOvercommit(), s.memoryOvercommit(), s.maxUtilization(),
                s.kwhPrice(), s.kwhPriceFactor(), s.rackUnitCostPerYear(), s.migrationCostPerGib(), s.timeLimit(),
                s.seed(), s.moveBudget(), s.historyCpuPercentile(), s.historyCpuHeadroom(), s.historyMemoryPercentile());
        fields.put("numbers", numbers);
        return fields.toString();
    }

    private static String hash(Path file) {
        try {
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest digest, String key, String value) {
        digest.update((key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

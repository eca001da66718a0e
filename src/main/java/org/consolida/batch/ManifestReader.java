package org.consolida.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.consolida.io.Durations;
import org.consolida.inventory.FailoverPolicy;
import org.consolida.planning.Objective;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.PolicyKey;
import org.consolida.inventory.Problem;
import org.consolida.io.ReadLimits;
import org.consolida.io.json.StrictJson;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a batch manifest (JSON): top-level {@code defaults} and {@code scenarios}. A scenario's what-ifs override the
 * defaults key by key. Every problem (unknown key, bad value, missing inventory) is reported in one pass with its path
 * in the manifest, such as {@code scenarios[2].demandGrowthPct.cpu}.
 */
public final class ManifestReader {
    static final Set<String> SCENARIO_KEYS = Set.of("name", "inventory", "demandGrowthPct", "refresh", "addHosts",
            "removeHosts", "removeRacks", "failover", "cpuOvercommit", "memoryOvercommit", "maxUtilization", "kwhPrice",
            "kwhPriceFactor", "rackUnitCostPerYear", "migrationCostPerGib", "timeLimit", "seed", "moveBudget", "rules",
            "objective", "history", "historyCpuPercentile", "historyCpuHeadroom", "historyMemoryPercentile");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    private ManifestReader(Path file) {
        this.file = file;
    }

    public static Manifest read(Path file) {
        return new ManifestReader(file).read();
    }

    private Manifest read() {
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(file.toString(), "", Files.exists(file) ? "is not a regular file"
                    : "no such file");
        }
        // Strict: a key given twice, trailing garbage or deep nesting is an error with its line, not a guess.
        JsonNode root = StrictJson.read(file, ReadLimits.defaults());
        if (root == null || !root.isObject()) {
            throw InvalidInputException.of(file.toString(), "", "a manifest is a JSON object with \"defaults\" and \"scenarios\"");
        }
        unknownKeys(root, Set.of("defaults", "scenarios"), "");
        JsonNode defaults = root.path("defaults");
        if (!defaults.isMissingNode() && !defaults.isObject()) {
            error("defaults", "must be an object of what-ifs");
            defaults = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        if (defaults.isObject()) {
            unknownKeys(defaults, SCENARIO_KEYS, "defaults");
            if (defaults.has("name")) {
                error("defaults.name", "defaults cannot have a name; each scenario has its own");
            }
        }
        JsonNode scenarios = root.path("scenarios");
        List<Scenario> result = new ArrayList<>();
        if (!scenarios.isArray() || scenarios.isEmpty()) {
            error("scenarios", "must be a non-empty list of scenarios");
        } else {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < scenarios.size(); i++) {
                JsonNode scenario = scenarios.get(i);
                String path = "scenarios[" + i + "]";
                if (!scenario.isObject()) {
                    error(path, "must be an object with at least a \"name\"");
                    continue;
                }
                unknownKeys(scenario, SCENARIO_KEYS, path);
                Scenario parsed = scenario(new Fields(scenario, path, defaults));
                if (parsed != null && !names.add(parsed.name().toLowerCase(Locale.ROOT))) {
                    error(path + ".name", "\"" + parsed.name() + "\" is used by an earlier scenario; names must be unique");
                }
                if (parsed != null) {
                    result.add(parsed);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Manifest(file, result);
    }

    /** A scenario's own keys first, then the defaults'; each value knows its path for messages. */
    private record Fields(JsonNode own, String ownPath, JsonNode defaults) {
        JsonNode get(String key) {
            return own.has(key) ? own.get(key) : defaults.path(key);
        }

        String path(String key) {
            return own.has(key) ? ownPath + "." + key : "defaults." + key;
        }
    }

    private Scenario scenario(Fields f) {
        int before = problems.size();
        String name = text(f, "name");
        if (name == null) {
            error(f.ownPath() + ".name", "is missing: every scenario needs a name (letters, digits, . _ -)");
        } else if (!NAME.matcher(name).matches()) {
            error(f.path("name"), "\"" + name + "\" cannot name a folder: use letters, digits, '.', '_' and '-'");
        }
        String inventoryText = text(f, "inventory");
        Path inventory = null;
        if (inventoryText == null) {
            error(f.ownPath() + ".inventory", "is missing: give the inventory file, relative to the manifest");
        } else {
            inventory = resolve(inventoryText);
            if (!Files.isRegularFile(inventory)) {
                error(f.path("inventory"), "\"" + inventoryText + "\" does not exist (looked for " + inventory + ")");
            }
        }
        Map<String, Double> growth = growth(f);
        List<Scenario.Refresh> refresh = refresh(f);
        List<Scenario.AddHosts> addHosts = addHosts(f);
        List<String> removeHosts = strings(f, "removeHosts");
        List<String> removeRacks = strings(f, "removeRacks");
        FailoverPolicy failover = null;
        String failoverText = text(f, "failover");
        if (failoverText != null) {
            switch (failoverText.toLowerCase(Locale.ROOT).replace(" ", "")) {
                case "none" -> failover = FailoverPolicy.NONE;
                case "n+1" -> failover = FailoverPolicy.N_PLUS_1;
                default -> error(f.path("failover"), "\"" + failoverText + "\" is not a failover policy (none, n+1)");
            }
        }
        // The Policy's own ranges (PolicyKey), so a what-if cannot ask for a Policy that cannot exist.
        Double cpuOvercommit = number(f, PolicyKey.CPU_OVERCOMMIT);
        Double memoryOvercommit = number(f, PolicyKey.MEMORY_OVERCOMMIT);
        Double maxUtilization = number(f, PolicyKey.MAX_UTILIZATION);
        Double kwhPrice = number(f, "kwhPrice", 0, 100);
        Double kwhPriceFactor = number(f, "kwhPriceFactor", 0, 100);
        Double rackUnitCost = number(f, PolicyKey.RACK_UNIT_COST_PER_YEAR);
        Double migrationCost = number(f, PolicyKey.MIGRATION_COST_PER_GIB);
        Duration timeLimit = duration(f);
        Long seed = null;
        JsonNode seedNode = f.get("seed");
        if (!seedNode.isMissingNode()) {
            if (seedNode.isIntegralNumber() && seedNode.canConvertToLong()) {
                seed = seedNode.longValue();
            } else if (seedNode.isIntegralNumber()) {
                error(f.path("seed"), seedNode.asText() + " is beyond the range of a seed (" + Long.MIN_VALUE + " to "
                        + Long.MAX_VALUE + ")");
            } else {
                error(f.path("seed"), "\"" + seedNode.asText() + "\" is not a whole number");
            }
        }
        Long moveBudget = null;
        JsonNode budgetNode = f.get("moveBudget");
        if (!budgetNode.isMissingNode()) {
            if (budgetNode.isIntegralNumber() && budgetNode.longValue() >= 1 && budgetNode.longValue() <= 1_000_000_000_000L) {
                moveBudget = budgetNode.longValue();
            } else {
                error(f.path("moveBudget"), "\"" + budgetNode.asText() + "\" is not a whole number of moves from 1 to"
                        + " 1000000000000");
            }
        }
        Objective objective = null;
        String objectiveText = text(f, "objective");
        if (objectiveText != null) {
            objective = Objective.parse(objectiveText);
            if (objective == null) {
                error(f.path("objective"), "\"" + objectiveText + "\" is not an objective (cost, energy)");
            }
        }
        Path rules = null;
        String rulesText = text(f, "rules");
        if (rulesText != null) {
            rules = resolve(rulesText);
            if (!Files.isDirectory(rules)) {
                error(f.path("rules"), "\"" + rulesText + "\" is not a folder (looked for " + rules + ")");
            } else if (!holdsRules(rules)) {
                error(f.path("rules"), "\"" + rulesText + "\" holds no rules (no .drl file under " + rules
                        + "); a scenario never plans without policy in silence");
            }
        }
        Path history = null;
        String historyText = text(f, "history");
        if (historyText != null) {
            history = resolve(historyText);
            if (!Files.exists(history)) {
                error(f.path("history"), "\"" + historyText + "\" does not exist (looked for " + history + "); give a "
                        + "history CSV file or a folder of them or of PlanetLab traces");
            }
        }
        Double historyCpuPercentile = number(f, "historyCpuPercentile", 1, 100);
        Double historyCpuHeadroom = number(f, "historyCpuHeadroom", 0.5, 10);
        Double historyMemoryPercentile = number(f, "historyMemoryPercentile", 1, 100);
        if (problems.size() > before) {
            return null;
        }
        return Scenario.builder().name(name).inventory(inventory).demandGrowthPct(growth).refresh(refresh)
                .addHosts(addHosts).removeHosts(removeHosts).removeRacks(removeRacks).failover(failover)
                .cpuOvercommit(cpuOvercommit).memoryOvercommit(memoryOvercommit).maxUtilization(maxUtilization)
                .kwhPrice(kwhPrice).kwhPriceFactor(kwhPriceFactor).rackUnitCostPerYear(rackUnitCost)
                .migrationCostPerGib(migrationCost).timeLimit(timeLimit).seed(seed).rules(rules)
                .moveBudget(moveBudget).objective(objective).history(history)
                .historyCpuPercentile(historyCpuPercentile).historyCpuHeadroom(historyCpuHeadroom)
                .historyMemoryPercentile(historyMemoryPercentile).build();
    }

    private static boolean holdsRules(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 8)) {
            return files.anyMatch(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".drl"));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private Path resolve(String relative) {
        Path base = file.toAbsolutePath().getParent();
        return base.resolve(relative).normalize();
    }

    private Map<String, Double> growth(Fields f) {
        JsonNode node = f.get("demandGrowthPct");
        Map<String, Double> growth = new LinkedHashMap<>();
        if (node.isMissingNode()) {
            return growth;
        }
        if (node.isNumber()) {
            // One figure grows every resource alike.
            double pct = node.doubleValue();
            if (pct <= -100 || pct > 10_000) {
                error(f.path("demandGrowthPct"), pct + " is out of range (more than -100, at most 10000)");
            } else {
                Scenario.GROWTH_RESOURCES.forEach(r -> growth.put(r, pct));
            }
            return growth;
        }
        if (!node.isObject()) {
            error(f.path("demandGrowthPct"), "must be a percentage or an object of percentages by resource "
                    + Scenario.GROWTH_RESOURCES);
            return growth;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = f.path("demandGrowthPct") + "." + entry.getKey();
            if (!Scenario.GROWTH_RESOURCES.contains(entry.getKey())) {
                error(path, "unknown resource (known: " + String.join(", ", Scenario.GROWTH_RESOURCES) + ")");
            } else if (!entry.getValue().isNumber()) {
                error(path, "\"" + entry.getValue().asText() + "\" is not a number");
            } else if (entry.getValue().doubleValue() <= -100 || entry.getValue().doubleValue() > 10_000) {
                error(path, entry.getValue().doubleValue() + " is out of range (more than -100, at most 10000)");
            } else {
                growth.put(entry.getKey(), entry.getValue().doubleValue());
            }
        }
        return growth;
    }

    private List<Scenario.Refresh> refresh(Fields f) {
        List<Scenario.Refresh> result = new ArrayList<>();
        forEachObject(f, "refresh", Set.of("replace", "with", "count"), (item, path) -> {
            String replace = requiredText(item, path, "replace");
            String with = requiredText(item, path, "with");
            Integer count = requiredCount(item, path, "count");
            if (replace != null && with != null && count != null) {
                result.add(new Scenario.Refresh(replace, with, count));
            }
        });
        return result;
    }

    private List<Scenario.AddHosts> addHosts(Fields f) {
        List<Scenario.AddHosts> result = new ArrayList<>();
        forEachObject(f, "addHosts", Set.of("model", "rack", "cluster", "hypervisor", "count", "prefix"), (item, path) -> {
            String model = requiredText(item, path, "model");
            String rack = requiredText(item, path, "rack");
            String hypervisor = requiredText(item, path, "hypervisor");
            Integer count = requiredCount(item, path, "count");
            String cluster = item.path("cluster").asText("");
            String prefix = item.path("prefix").asText("added");
            if (model != null && rack != null && hypervisor != null && count != null) {
                result.add(new Scenario.AddHosts(model, rack, cluster, hypervisor, count, prefix));
            }
        });
        return result;
    }

    private interface ItemParser {
        void parse(JsonNode item, String path);
    }

    private void forEachObject(Fields f, String key, Set<String> keys, ItemParser parser) {
        JsonNode node = f.get(key);
        if (node.isMissingNode()) {
            return;
        }
        if (!node.isArray()) {
            error(f.path(key), "must be a list");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = f.path(key) + "[" + i + "]";
            if (!node.get(i).isObject()) {
                error(path, "must be an object with " + keys);
                continue;
            }
            unknownKeys(node.get(i), keys, path);
            parser.parse(node.get(i), path);
        }
    }

    private String requiredText(JsonNode item, String path, String key) {
        JsonNode value = item.path(key);
        if (!value.isTextual() || value.asText().isBlank()) {
            error(path + "." + key, value.isMissingNode() ? "is missing" : "must be a non-empty text");
            return null;
        }
        return value.asText().strip();
    }

    private Integer requiredCount(JsonNode item, String path, String key) {
        JsonNode value = item.path(key);
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0 || value.intValue() > 100_000) {
            error(path + "." + key, value.isMissingNode() ? "is missing" : "\"" + value.asText()
                    + "\" is not a whole number from 0 to 100000");
            return null;
        }
        return value.intValue();
    }

    private List<String> strings(Fields f, String key) {
        JsonNode node = f.get(key);
        List<String> result = new ArrayList<>();
        if (node.isMissingNode()) {
            return result;
        }
        if (!node.isArray()) {
            error(f.path(key), "must be a list of ids");
            return result;
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                error(f.path(key) + "[" + i + "]", "must be an id (text)");
            } else {
                result.add(node.get(i).asText());
            }
        }
        return result;
    }

    private String text(Fields f, String key) {
        JsonNode node = f.get(key);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            error(f.path(key), "must be a text, was " + node);
            return null;
        }
        return node.asText();
    }

    private Double number(Fields f, PolicyKey key) {
        return number(f, key.component(), key.min(), key.max());
    }

    private Double number(Fields f, String key, double min, double max) {
        JsonNode node = f.get(key);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            error(f.path(key), "\"" + node.asText() + "\" is not a number");
            return null;
        }
        double value = node.doubleValue();
        if (value < min || value > max) {
            error(f.path(key), value + " is out of range (" + min + " to " + max + ")");
            return null;
        }
        return value;
    }

    private Duration duration(Fields f) {
        JsonNode node = f.get("timeLimit");
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return positive(f, Duration.ofMillis(Math.round(node.doubleValue() * 1000)));
        }
        try {
            return positive(f, Durations.parse(node.asText()));
        } catch (IllegalArgumentException e) {
            error(f.path("timeLimit"), e.getMessage());
            return null;
        }
    }

    private Duration positive(Fields f, Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            error(f.path("timeLimit"), "must be longer than zero");
            return null;
        }
        return duration;
    }

    private void unknownKeys(JsonNode node, Set<String> known, String path) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                error(path.isEmpty() ? key : path + "." + key, "unknown key (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private void error(String where, String message) {
        problems.add(Problem.error(file.toString(), where, message));
    }
}

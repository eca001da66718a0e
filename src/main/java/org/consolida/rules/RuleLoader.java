package org.consolida.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles a rules folder with the classic Drools engine and checks every rule's metadata. Problems are collected over
 * all files and thrown together, each located as {@code file:line:column} with the file as the user named the folder.
 */
final class RuleLoader {
    private static final String RESOURCES = "src/main/resources/";
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    // Syntax errors carry their position only in the text: "[ERR 102] Line 7:4 mismatched input …".
    private static final Pattern PARSER_POSITION = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+)");
    // Each build needs its own ReleaseId: KieServices keeps one module per id, and a reused id returns the old rules.
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleLoader() {
    }

    /** A DRL file: where it is on disk, its path inside the folder (always with '/'), and its phase. */
    private record DrlFile(Path path, String relative, String display, Phase phase, String text) {
    }

    /** A rule as the parser sees it, with the line it starts on. */
    private record ParsedRule(DrlFile file, String name, int line, Map<String, String> metadata) {
        String location() {
            return file.display() + ":" + line;
        }
    }

    static RuleBase load(Path folder, RuleBudget budget) {
        if (!Files.isDirectory(folder)) {
            throw InvalidInputException.of(folder.toString(), "", "rules folder not found; create it with policy/ and "
                    + "review/ subfolders, give --rules DIR, or plan without any policy with --no-rules");
        }
        List<Problem> problems = new ArrayList<>();
        List<DrlFile> files = drlFiles(folder, problems);
        if (files.isEmpty() && problems.isEmpty()) {
            // A plan without policy looks like any other plan: never let a wrong folder give one in silence.
            throw InvalidInputException.of(folder.toString(), "", "the rules folder holds no rules (no .drl file "
                    + "under policy/ or review/); point --rules at a folder with rules, or plan without any policy "
                    + "with --no-rules");
        }
        List<ParsedRule> parsed = new ArrayList<>();
        for (DrlFile file : files) {
            parsed.addAll(parse(file));
        }
        Map<Phase, KieBase> bases = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            List<DrlFile> ofPhase = files.stream().filter(f -> f.phase() == phase).toList();
            if (!ofPhase.isEmpty()) {
                KieBase base = compile(ofPhase, problems);
                if (base != null) {
                    bases.put(phase, base);
                }
            }
        }
        List<RuleInfo> rules = checkMetadata(parsed, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RuleBase(folder, rules, bases, budget);
    }

    private static List<DrlFile> drlFiles(Path folder, List<Problem> problems) {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".drl"))
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw InvalidInputException.of(folder.toString(), "", "cannot list the rules folder: " + e.getMessage());
        }
        List<DrlFile> files = new ArrayList<>();
        for (Path path : paths) {
            Path relative = folder.relativize(path);
            String relativeText = relative.toString().replace('\\', '/');
            String display = folder.resolve(relative).toString();
            Phase phase = relative.getNameCount() < 2 ? null : phaseOf(relative.getName(0).toString());
            if (phase == null) {
                problems.add(Problem.error("", display, "a rule file belongs under " + Phase.POLICY.folder()
                        + "/ (runs before planning) or " + Phase.REVIEW.folder() + "/ (runs on the plan); move it into one"));
                continue;
            }
            try {
                files.add(new DrlFile(path, relativeText, display, phase, Files.readString(path, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                problems.add(Problem.error("", display, "cannot be read: " + e.getMessage()));
            }
        }
        return files;
    }

    /** Editors and version control keep their own files beside ours (.#rules.drl, .git/…): not rules. */
    private static boolean isHidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Phase phaseOf(String folderName) {
        for (Phase phase : Phase.values()) {
            if (phase.folder().equals(folderName)) {
                return phase;
            }
        }
        return null;
    }

    /** The rules of a file with their metadata; a file that does not parse yields none (the compiler reports it). */
    private static List<ParsedRule> parse(DrlFile file) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, file.text());
        } catch (DroolsParserException e) {
            return List.of();
        }
        if (descr == null || parser.hasErrors()) {
            return List.of();
        }
        List<ParsedRule> rules = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            Map<String, String> metadata = new LinkedHashMap<>();
            for (AnnotationDescr annotation : rule.getAnnotations()) {
                Object value = annotation.getSingleValue();
                metadata.put(annotation.getName(), value == null ? "" : RuleMetadata.text(value));
            }
            rules.add(new ParsedRule(file, rule.getName(), rule.getLine(), metadata));
        }
        return rules;
    }

    private static KieBase compile(List<DrlFile> files, List<Problem> problems) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("org.consolida.rules",
                files.get(0).phase().folder() + "-" + BUILDS.incrementAndGet(), "1.0.0");
        fileSystem.generateAndWritePomXML(releaseId);
        Map<String, DrlFile> byResource = new LinkedHashMap<>();
        for (DrlFile file : files) {
            String resource = RESOURCES + file.relative();
            fileSystem.write(resource, file.text());
            byResource.put(resource, file);
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            for (Message error : errors) {
                // A parse error is followed by this echo of it; the first message already says what is wrong.
                if (errors.size() == 1 || !NULL_PACKAGE.equals(error.getText())) {
                    problems.add(problemOf(error, byResource));
                }
            }
            services.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieBase base = services.newKieContainer(releaseId).getKieBase();
        // The container keeps what it needs; without this the repository would grow by one module per build.
        services.getRepository().removeKieModule(releaseId);
        return base;
    }

    private static Problem problemOf(Message error, Map<String, DrlFile> byResource) {
        // Drools names the file with or without the resources prefix, depending on the stage that found the error.
        String path = error.getPath() == null ? "" : error.getPath().replace('\\', '/');
        DrlFile file = byResource.containsKey(path) ? byResource.get(path) : byResource.get(RESOURCES + path);
        String where = file != null ? file.display() : path;
        int column = error.getColumn();
        Matcher parserPosition = PARSER_POSITION.matcher(error.getText() == null ? "" : error.getText());
        if (column <= 0 && parserPosition.find() && Integer.parseInt(parserPosition.group(1)) == error.getLine()) {
            column = Integer.parseInt(parserPosition.group(2)) + 1; // the parser counts columns from 0
        }
        if (error.getLine() > 0) {
            where += ":" + error.getLine() + (column > 0 ? ":" + column : "");
        }
        String text = error.getText() == null ? "error" : error.getText().replaceAll("\\s+", " ").strip();
        // MVEL appends a line and column relative to the constraint, not the file: drop them, the location is ours.
        text = text.replaceFirst(" \\^? ?\\[Line: \\d+, Column: \\d+\\]$", "");
        return Problem.error("", where, text);
    }

    private static List<RuleInfo> checkMetadata(List<ParsedRule> parsed, List<Problem> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, ParsedRule> byId = new LinkedHashMap<>();
        for (ParsedRule rule : parsed) {
            String quoted = "rule \"" + rule.name() + "\"";
            List<String> missing = new ArrayList<>();
            for (String key : List.of(RuleMetadata.ID, RuleMetadata.SEVERITY, RuleMetadata.CATEGORY)) {
                String value = rule.metadata().get(key);
                if (value == null || value.isBlank()) {
                    missing.add(key);
                }
            }
            String id = rule.metadata().get(RuleMetadata.ID);
            boolean duplicate = false;
            if (id != null && !id.isBlank()) {
                ParsedRule earlier = byId.putIfAbsent(id, rule);
                if (earlier != null) {
                    problems.add(Problem.error("", rule.location(), quoted + " has @id(\"" + id
                            + "\"), already used by rule \"" + earlier.name() + "\" at " + earlier.location()
                            + "; give each rule its own id"));
                    duplicate = true;
                }
            }
            if (!missing.isEmpty()) {
                problems.add(Problem.error("", rule.location(), quoted + " has no "
                        + String.join(", ", missing.stream().map(key -> "@" + key).toList()) + "; add "
                        + String.join(" ", missing.stream().map(RuleLoader::example).toList()) + " after its name"));
            }
            if (duplicate || !missing.isEmpty()) {
                continue;
            }
            String severityText = rule.metadata().get(RuleMetadata.SEVERITY);
            Severity severity;
            try {
                severity = Severity.valueOf(severityText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error("", rule.location(), quoted + " has @severity(\"" + severityText
                        + "\"); use one of " + List.of(Severity.values())));
                continue;
            }
            rules.add(new RuleInfo(id, severity, rule.metadata().get(RuleMetadata.CATEGORY), rule.name(),
                    rule.file().phase(), rule.file().display(), rule.line()));
        }
        rules.sort(Comparator.comparing(RuleInfo::phase).thenComparing(RuleInfo::id));
        return rules;
    }

    private static String example(String key) {
        return switch (key) {
            case RuleMetadata.ID -> "@id(\"NET-009\")";
            case RuleMetadata.SEVERITY -> "@severity(\"WARNING\")";
            default -> "@category(\"network\")";
        };
    }
}

package org.consolida.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.consolida.inventory.Host;
import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Problem;
import org.consolida.inventory.Workload;
import org.consolida.io.Template;
import org.consolida.rules.Phase;
import org.consolida.rules.PolicyRules;
import org.consolida.rules.ReviewRules;
import org.consolida.rules.RuleBase;
import org.consolida.rules.RuleBudget;
import org.consolida.rules.RuleInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code consolida rules check [--rules DIR]}: compiles the DRL rules and lists them, or every error in them. */
@Command(name = "rules", mixinStandardHelpOptions = true, subcommands = RulesCommand.Check.class,
        description = "Work with the DRL rules (policy/ before planning, review/ after it).")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("consolida rules: name a subcommand, e.g. 'consolida rules check'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INVALID_INPUT;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Compile every .drl under the rules folder and list each rule (id, severity, category, file);"
                    + " on errors, list them as file:line:column: message and exit with code 2.",
                "Then run them once on the template's example inventory (policy rules, then review rules on its"
                        + " current placement) under the rule budget: a rule that re-fires without end, sleeps,"
                        + " or throws is named with its file and line, exit 2."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--rules", paramLabel = "DIR", description = "The rules folder (default: ${DEFAULT-VALUE}).")
        Path rules = RuleBase.DEFAULT_FOLDER;

        @Mixin
        RuleOptions ruleOptions;

        @Override
        public Integer call() {
            RuleBudget budget;
            try {
                budget = ruleOptions.budget();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            RuleBase base = RuleBase.load(rules, budget);
            trialRun(base);
            PrintWriter out = spec.commandLine().getOut();
            print(out, base.rules());
            out.printf("%d rules in %s: %d policy, %d review%n", base.rules().size(), base.folder(),
                    base.rules(Phase.POLICY).size(), base.rules(Phase.REVIEW).size());
            out.flush();
            return ExitCode.OK;
        }

        /** Both phases on a small inventory, so a runaway in either is reported, both when both run away. */
        private static void trialRun(RuleBase base) {
            Inventory sample = Template.exampleInventory();
            List<Problem> problems = new ArrayList<>();
            try {
                PolicyRules.apply(base, sample);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            try {
                Map<Workload, Host> today = new HashMap<>();
                sample.workloads().forEach(w -> today.put(w, w.currentHost()));
                ReviewRules.findings(base, sample, today);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }

        private static void print(PrintWriter out, List<RuleInfo> rules) {
            int idWidth = width(rules.stream().map(RuleInfo::id).toList(), "ID");
            int categoryWidth = width(rules.stream().map(RuleInfo::category).toList(), "CATEGORY");
            int fileWidth = width(rules.stream().map(RuleInfo::file).toList(), "FILE");
            String format = "%-" + idWidth + "s  %-8s  %-" + categoryWidth + "s  %-" + fileWidth + "s  %s%n";
            out.printf(format, "ID", "SEVERITY", "CATEGORY", "FILE", "RULE");
            for (RuleInfo rule : rules) {
                out.printf(format, rule.id(), rule.severity(), rule.category(), rule.file(), rule.name());
            }
        }

        private static int width(List<String> values, String header) {
            return Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0));
        }
    }
}

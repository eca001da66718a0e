package org.consolida.rules;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.consolida.inventory.InvalidInputException;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * The rules of one folder, compiled at run time: every {@code .drl} under {@code policy/} and {@code review/} of the
 * folder. Load it once per run (a build takes about a second in a fresh JVM, tens of milliseconds after), then ask
 * {@link PolicyRules} for restrictions and {@link ReviewRules} for findings as often as needed; it is immutable and
 * may be shared between threads (each call opens its own session).
 */
public final class RuleBase {
    /** Where the rules live unless {@code --rules DIR} says otherwise, relative to the working directory. */
    public static final Path DEFAULT_FOLDER = Path.of("rules");

    private final Path folder;
    private final List<RuleInfo> rules;
    private final Map<Phase, KieBase> bases;
    private final RuleBudget budget;

    RuleBase(Path folder, List<RuleInfo> rules, Map<Phase, KieBase> bases, RuleBudget budget) {
        this.folder = folder;
        this.rules = List.copyOf(rules);
        this.bases = new EnumMap<>(bases);
        this.budget = budget;
    }

    /**
     * Compiles every DRL file under a folder.
     *
     * @throws InvalidInputException with one problem per compile error ({@code file:line:column: message}, the file as
     *                               the folder was given), per rule without {@code @id}, {@code @severity} or
     *                               {@code @category}, per duplicate id, and per file outside {@code policy/} and
     *                               {@code review/}; and for a missing folder or one without rules
     */
    public static RuleBase load(Path folder) {
        return RuleLoader.load(folder, RuleBudget.defaults());
    }

    /** As {@link #load(Path)}, each session of these rules run under a budget of firings and time. */
    public static RuleBase load(Path folder, RuleBudget budget) {
        return RuleLoader.load(folder, budget);
    }

    /** What one session of these rules may do before it is stopped as a runaway. */
    public RuleBudget budget() {
        return budget;
    }

    /** The folder the rules came from, as it was given. */
    public Path folder() {
        return folder;
    }

    /** Every rule, policy first, then review, each by id. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public List<RuleInfo> rules(Phase phase) {
        return rules.stream().filter(rule -> rule.phase() == phase).toList();
    }

    public Optional<RuleInfo> rule(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** A fresh session over a phase's rules, or empty when the folder has no rules for it; the caller disposes it. */
    Optional<KieSession> newSession(Phase phase) {
        return Optional.ofNullable(bases.get(phase)).map(KieBase::newKieSession);
    }

    @Override
    public String toString() {
        return "RuleBase[" + folder + ": " + rules.size() + " rules]";
    }
}

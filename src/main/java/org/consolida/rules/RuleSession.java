package org.consolida.rules;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs one rule session under a {@link RuleBudget}: the facts are inserted and the rules fired on a worker thread, at
 * most {@code maxFirings} firings; when the wall-clock limit passes, the session is halted ({@code KieSession.halt()})
 * and the worker interrupted, which ends a rule that sleeps or waits. A rule that exceeds the budget, or whose
 * consequence throws, is an {@link InvalidInputException} naming the rule with its file and line: rules are input.
 * A consequence that spins without ever returning cannot be stopped safely inside the JVM; its worker is a daemon
 * thread, abandoned when the run ends with exit 2.
 */
final class RuleSession {
    /** How long a halted or interrupted worker gets to return before it is abandoned. */
    private static final long GRACE_MILLIS = 2_000;
    private static final AtomicLong WORKERS = new AtomicLong();

    private RuleSession() {
    }

    /** Inserts, fires and collects in a fresh session of a phase; empty when the folder has no rules for it. */
    static <T> Optional<T> run(RuleBase rules, Phase phase, Consumer<KieSession> insert,
                               Function<KieSession, T> collect) {
        Optional<KieSession> opened = rules.newSession(phase);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        KieSession session = opened.get();
        RuleBudget budget = rules.budget();
        Watch watch = new Watch();
        session.addEventListener(watch);
        FutureTask<T> task = new FutureTask<>(() -> {
            insert.accept(session);
            int fired = session.fireAllRules((int) budget.maxFirings());
            if (fired >= budget.maxFirings() && session.fireAllRules(1) > 0) {
                throw new TooManyFirings();
            }
            return collect.apply(session);
        });
        Thread worker = new Thread(task, "rules-" + phase.folder() + "-" + WORKERS.incrementAndGet());
        worker.setDaemon(true);
        worker.start();
        try {
            return Optional.of(task.get(budget.timeLimit().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            Rule running = watch.current.get();
            session.halt();
            worker.interrupt();
            try {
                worker.join(GRACE_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw problem(rules, phase, running, running == null
                    ? "the " + phase.folder() + " rules were still matching facts after " + seconds(budget)
                    + ", the time limit of a rule session (--rule-time-limit); a condition must not wait or loop"
                    : "was still running after " + seconds(budget) + ", the time limit of a rule session "
                    + "(--rule-time-limit), and was stopped; a rule must not sleep, wait or loop in its consequence");
        } catch (ExecutionException e) {
            throw failure(rules, phase, watch, e.getCause(), budget);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.halt();
            worker.interrupt();
            throw new IllegalStateException("interrupted while the " + phase.folder() + " rules ran", e);
        } finally {
            if (!worker.isAlive()) {
                session.dispose();
            }
        }
    }

    private static InvalidInputException failure(RuleBase rules, Phase phase, Watch watch, Throwable cause,
                                                 RuleBudget budget) {
        if (cause instanceof TooManyFirings) {
            Map.Entry<Rule, AtomicLong> most = watch.firings.entrySet().stream()
                    .max(Comparator.comparingLong(e -> e.getValue().get())).orElse(null);
            return problem(rules, phase, most == null ? null : most.getKey(), "fired " + (most == null ? "?"
                    : String.format("%,d", most.getValue().get())) + " times, and the session reached "
                    + String.format("%,d", budget.maxFirings()) + " firings, the limit of a rule session "
                    + "(--rule-firings); a rule that modifies what its own pattern matches re-fires without end: "
                    + "constrain the pattern, or add no-loop");
        }
        if (cause instanceof ConsequenceException consequence) {
            Throwable root = consequence.getCause() == null ? consequence : consequence.getCause();
            return problem(rules, phase, consequence.getMatch() == null ? watch.current.get()
                    : consequence.getMatch().getRule(), "failed in its consequence: " + describe(root));
        }
        if (cause instanceof InvalidInputException invalid) {
            return invalid;
        }
        if (cause instanceof RuntimeException || cause instanceof StackOverflowError) {
            Rule running = watch.current.get();
            return problem(rules, phase, running, (running == null ? "the " + phase.folder()
                    + " rules failed while matching facts: " : "failed: ") + describe(cause));
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": "
                + message.lines().findFirst().orElse(""));
    }

    private static String seconds(RuleBudget budget) {
        long millis = budget.timeLimit().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** A problem located at the rule's file and line: {@code rules/review/x.drl:12: rule "X" …}. */
    private static InvalidInputException problem(RuleBase rules, Phase phase, Rule rule, String message) {
        if (rule == null) {
            return new InvalidInputException(Problem.error("", rules.folder().resolve(phase.folder()).toString(),
                    message));
        }
        Object id = rule.getMetaData().get(RuleMetadata.ID);
        Optional<RuleInfo> info = id == null ? Optional.empty() : rules.rule(RuleMetadata.text(id));
        String where = info.map(RuleInfo::location).orElse(rules.folder().resolve(phase.folder()).toString());
        return new InvalidInputException(Problem.error("", where, "rule \"" + rule.getName() + "\""
                + info.map(i -> " (" + i.id() + ")").orElse("") + " " + message));
    }

    /** Thrown on the worker when the session has reached its firing limit with more to fire. */
    private static final class TooManyFirings extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyFirings() {
            super(null, null, false, false);
        }
    }

    /** Counts firings per rule and knows which rule is firing now. */
    private static final class Watch extends DefaultAgendaEventListener {
        // A counter per rule, not a boxed Long per firing: the policy rules fire millions of times at 100,000 workloads.
        final Map<Rule, AtomicLong> firings = new ConcurrentHashMap<>();
        final AtomicReference<Rule> current = new AtomicReference<>();

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            current.set(event.getMatch().getRule());
            firings.computeIfAbsent(event.getMatch().getRule(), rule -> new AtomicLong()).incrementAndGet();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            current.set(null);
        }
    }
}

package org.consolida.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.consolida.inventory.ForbiddenPlacements;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

/**
 * The evacuation ledger follows the working solution through Timefold's variable notifications: after every move of
 * every kind, kept or undone, it must equal a ledger rebuilt from scratch.
 */
class EvacuationLedgerTest {
    private static final SolveSettings SETTINGS = new SolveSettings(Duration.ofSeconds(10), null, 5L, 2_000L);

    @Test
    void theKeptLedgerEqualsARebuiltOneAfterEveryMoveOfEveryKind() {
        TestDatacenter dc = TestDatacenter.random(11, 14, 70)
                .withWorkload("pinned", "h3", w -> w.cpuGhz(1).memoryGib(4).pinned(true));
        PlacementSolution problem = PlacementProblem.of(NominalMachines.of(dc.inventory()),
                ForbiddenPlacements.none(), Objective.ENERGY);
        PlacementProblem.startFromToday(problem);
        RandomMoves moves = new RandomMoves(new Random(7), 600);

        SolverFactory.<PlacementSolution>create(Planner.solverConfig(SETTINGS, Duration.ofSeconds(10))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(60L))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(moves))).buildSolver().solve(problem);

        assertThat(moves.differences).isEmpty();
        // Every kind ran, kept and undone, and some evacuations and replacements emptied hosts.
        assertThat(moves.kept).doesNotContain(0);
        assertThat(moves.undone).doesNotContain(0);
    }

    /**
     * Random change, swap, evacuation and replacement moves, each either kept ({@code executeMove}) or evaluated and
     * undone ({@code executeTemporaryMove}), as the local search does; after each, the ledger Timefold keeps up to date
     * is compared with one rebuilt from the working solution.
     */
    private static final class RandomMoves implements PhaseCommand<PlacementSolution> {
        private final Random random;
        private final int count;
        final List<String> differences = new ArrayList<>();
        final int[] kept = new int[4];
        final int[] undone = new int[4];

        RandomMoves(Random random, int count) {
            this.random = random;
            this.count = count;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void changeWorkingSolution(ScoreDirector<PlacementSolution> scoreDirector,
                                          BooleanSupplier isPhaseTerminated) {
            InnerScoreDirector<PlacementSolution, ?> inner = (InnerScoreDirector<PlacementSolution, ?>) scoreDirector;
            GenuineVariableDescriptor<PlacementSolution> host = inner.getSolutionDescriptor()
                    .findEntityDescriptorOrFail(Placement.class).getGenuineVariableDescriptor(EvacuationMove.VARIABLE);
            EvacuationMoveFactory.Ledger ledger = EvacuationMoveFactory.ledgerOf(scoreDirector);
            PlacementSolution solution = scoreDirector.getWorkingSolution();
            List<Placement> movable = solution.getPlacements().stream().filter(p -> !p.isPinned()).toList();
            List<PlannedHost> hosts = solution.getHosts();
            for (int i = 0; i < count; i++) {
                int kind = random.nextInt(4);
                AbstractMove<PlacementSolution> move = switch (kind) {
                    case 0 -> new ChangeMove<>(host, movable.get(random.nextInt(movable.size())),
                            random.nextInt(10) == 0 ? null : hosts.get(random.nextInt(hosts.size())));
                    case 1 -> new SwapMove<>(List.of(host), movable.get(random.nextInt(movable.size())),
                            movable.get(random.nextInt(movable.size())));
                    case 2 -> evacuation(ledger);
                    default -> replacement(ledger);
                };
                if (move == null || !move.isMoveDoable(scoreDirector)) {
                    continue;
                }
                if (random.nextBoolean()) {
                    inner.executeMove(move);
                    kept[kind]++;
                } else {
                    inner.executeTemporaryMove(move, false);
                    undone[kind]++;
                }
                scoreDirector.triggerVariableListeners();
                EvacuationMoveFactory.Ledger current = EvacuationMoveFactory.ledgerOf(scoreDirector);
                String difference = current == ledger ? ledger.differenceFrom(EvacuationMoveFactory.Ledger.of(solution))
                        : "the score director's ledger was replaced";
                if (difference != null) {
                    differences.add("after " + move + ": " + difference);
                }
            }
        }

        private EvacuationMove evacuation(EvacuationMoveFactory.Ledger ledger) {
            PlannedHost source = ledger.pickSource(random);
            return source == null ? null : ledger.evacuation(source);
        }

        private EvacuationMove replacement(EvacuationMoveFactory.Ledger ledger) {
            PlannedHost first = ledger.pickSource(random);
            PlannedHost second = ledger.pickSource(random);
            if (first == null) {
                return null;
            }
            return second == null || second == first || random.nextBoolean() ? ledger.replacement(first)
                    : ledger.replacement(List.of(first, second));
        }
    }
}

package org.consolida.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

/**
 * Empties one host in one step: every workload on it moves to another active host, as {@link EvacuationMoveFactory}
 * chose them by best fit. A host is switched off only when all of its workloads leave, which a sequence of change moves
 * reaches only through plans that are worse at every step (the host still draws its idle power until the last
 * workload leaves); this move crosses that ridge at once. The undo is Timefold's automatic one (AbstractMove records
 * the variable changes).
 */
final class EvacuationMove extends AbstractMove<PlacementSolution> {
    static final String VARIABLE = "host";

    private final List<PlannedHost> sources;
    private final List<Placement> placements;
    private final List<PlannedHost> targets;

    /** @param placements the workloads on {@code source}; {@code targets} where each goes, in the same order */
    EvacuationMove(PlannedHost source, List<Placement> placements, List<PlannedHost> targets) {
        this(source == null ? List.of() : List.of(source), placements, targets);
    }

    /** Empties several hosts at once: {@code placements} are all the workloads on {@code sources}. */
    EvacuationMove(List<PlannedHost> sources, List<Placement> placements, List<PlannedHost> targets) {
        this.sources = List.copyOf(sources);
        this.placements = List.copyOf(placements);
        this.targets = List.copyOf(targets);
    }

    /** A move that does nothing: the factory found no host it could empty this time. */
    static EvacuationMove none() {
        return new EvacuationMove(List.<PlannedHost>of(), List.of(), List.of());
    }

    List<PlannedHost> sources() {
        return sources;
    }

    List<PlannedHost> targets() {
        return targets;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<PlacementSolution> scoreDirector) {
        if (placements.isEmpty()) {
            return false;
        }
        for (int i = 0; i < placements.size(); i++) {
            if (!sources.contains(placements.get(i).getHost()) || sources.contains(targets.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<PlacementSolution> scoreDirector) {
        for (int i = 0; i < placements.size(); i++) {
            Placement placement = placements.get(i);
            scoreDirector.beforeVariableChanged(placement, VARIABLE);
            placement.setHost(targets.get(i));
            scoreDirector.afterVariableChanged(placement, VARIABLE);
        }
    }

    /** The same move on another copy of the solution (Timefold asks it only of multi-threaded solving). */
    @Override
    public EvacuationMove rebase(ScoreDirector<PlacementSolution> destinationScoreDirector) {
        List<PlannedHost> hosts = destinationScoreDirector.getWorkingSolution().getHosts();
        List<Placement> rebased = new ArrayList<>(placements.size());
        List<PlannedHost> rebasedTargets = new ArrayList<>(targets.size());
        for (int i = 0; i < placements.size(); i++) {
            rebased.add(destinationScoreDirector.lookUpWorkingObject(placements.get(i)));
            rebasedTargets.add(hosts.get(targets.get(i).index()));
        }
        return new EvacuationMove(sources.stream().map(h -> hosts.get(h.index())).toList(), rebased, rebasedTargets);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return placements;
    }

    @Override
    public Collection<?> getPlanningValues() {
        LinkedHashSet<PlannedHost> values = new LinkedHashSet<>(targets);
        values.addAll(sources);
        return values;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "EvacuationMove(Placement.host)";
    }

    @Override
    public String toString() {
        return "evacuate " + sources + " " + placements + " -> " + targets;
    }
}

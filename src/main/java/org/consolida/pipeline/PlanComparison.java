package org.consolida.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.consolida.planning.LowerBound;
import org.consolida.planning.PlanResult;
import org.consolida.planning.ScoreExplanation;
import org.consolida.report.ReportModel;
import org.consolida.report.ReportModel.CostDifference;

/**
 * How the plan compares with the baselines and the lower bound, in words and per cost: where its energy lies, and
 * when it uses more energy than a baseline, which other yearly costs it saves instead. Money in the policy's
 * currency per year.
 */
final class PlanComparison {
    /** Up to this gap the sentence says "within"; above it, "above". */
    private static final double NEAR_PERCENT = 15;

    private PlanComparison() {
    }

    static ReportModel.Comparison of(PlanResult result, String currency) {
        double plan = result.after().energyKwhPerYear();
        double bound = result.lowerBound().energyKwhPerYear();
        boolean comparable = result.unplaced().isEmpty() && bound > 0;
        return new ReportModel.Comparison(comparable ? gap(result) : null,
                comparable ? Math.round(plan / bound * 10_000) / 10_000.0 : null, energyVerdict(result, currency),
                differences(result, result.firstFitDecreasing()), differences(result, result.powerAwareBestFit()),
                yearlyCost(result, currency));
    }

    /**
     * The objective's yearly cost (the soft score, in cents per year) of the plan and of each baseline, with what a
     * baseline breaks or leaves out said beside it: a baseline that leaves workloads unplaced pays for fewer of them.
     */
    static ReportModel.YearlyCost yearlyCost(PlanResult result, String currency) {
        double plan = -result.plan().getScore().softScore() / 100.0;
        double ffd = -result.firstFitDecreasing().score().softScore() / 100.0;
        double pabfd = -result.powerAwareBestFit().score().softScore() / 100.0;
        String objective = result.stats().objective() == null ? "cost"
                : result.stats().objective().name().toLowerCase(Locale.ROOT);
        String terms = objective.equals("energy") ? "energy alone"
                : "energy, rack space, headroom, migration and traffic";
        String summary = String.format(Locale.ROOT, "Yearly cost of the %s objective (%s): plan %,.0f %s%s; "
                        + "first-fit decreasing %,.0f %s%s; power-aware best fit %,.0f %s%s", objective, terms, plan,
                currency, caveat(result.plan().getScore().hardScore(), result.unplaced().size()), ffd, currency,
                caveat(result.firstFitDecreasing().score().hardScore(), unplaced(result, result.firstFitDecreasing())),
                pabfd, currency,
                caveat(result.powerAwareBestFit().score().hardScore(), unplaced(result, result.powerAwareBestFit())));
        // Cents over 100: exact to the cent, no rounding needed.
        return new ReportModel.YearlyCost(objective, plan, ffd, pabfd, summary);
    }

    private static long unplaced(PlanResult result, PlanResult.Baseline baseline) {
        return result.plan().getPlacements().stream().filter(p -> baseline.assignment()[p.getIndex()] == null).count();
    }

    /** What a cost leaves out: broken hard constraints, and workloads left unplaced (they pay nothing). */
    private static String caveat(long hardScore, long unplaced) {
        String caveat = "";
        if (hardScore < 0) {
            caveat += String.format(Locale.ROOT, ", but breaks hard constraints by %,d", -hardScore);
        }
        if (unplaced > 0) {
            caveat += String.format(Locale.ROOT, "%s %,d workload%s unplaced", caveat.isEmpty() ? ", with" : " and",
                    unplaced, unplaced == 1 ? "" : "s");
        }
        return caveat;
    }

    /**
     * The plan's energy against the lower bound, in words a manager reads: "within 6 % of the least energy any plan
     * under these policies can use". The LP bound honours the policy's restrictions; when it could not be computed,
     * the simpler floor does not, and the sentence says so.
     */
    static String gap(PlanResult result) {
        double plan = result.after().energyKwhPerYear();
        double bound = result.lowerBound().energyKwhPerYear();
        double percent = Math.max(0, (plan / bound - 1) * 100);
        String amount = percent < 1 ? String.format(Locale.ROOT, "%.1f %%", percent)
                : String.format(Locale.ROOT, "%.0f %%", percent);
        LowerBound.Relaxation relaxation = result.lowerBound().relaxation();
        String least;
        if (relaxation == null) {
            least = "above a simple lower bound that ignores the policy's restrictions and memory, so the true gap is"
                    + " smaller";
            return String.format(Locale.ROOT, "%s %s (%.0f against %.0f kWh a year)", amount, least, plan, bound);
        }
        least = relaxation.honoursRestrictions() ? "the least energy any plan under these policies can use"
                : "the least energy any plan on this hardware can use";
        // "Within" reads as near; a wide gap is said as it is.
        String lead = percent <= NEAR_PERCENT ? "within " + amount + " of" : amount + " above";
        return String.format(Locale.ROOT, "%s %s (%.0f kWh a year; no plan can use less than %.0f)", lead, least,
                plan, bound);
    }

    private static List<CostDifference> differences(PlanResult result, PlanResult.Baseline baseline) {
        List<CostDifference> differences = new ArrayList<>();
        for (ScoreExplanation.ConstraintTotal total : result.explanation().constraints()) {
            if (!total.level().equals("soft")) {
                continue;
            }
            long baselineCents = baseline.softByConstraint().getOrDefault(total.name(), 0L);
            // Scores are negative penalties: cost = -score.
            differences.add(new CostDifference(total.name(),
                    ReportAssembly.round((baselineCents - total.soft()) / 100.0)));
        }
        return differences;
    }

    private static String energyVerdict(PlanResult result, String currency) {
        double plan = result.after().energyKwhPerYear();
        double bound = result.lowerBound().energyKwhPerYear();
        PlanResult.Baseline lowest = result.powerAwareBestFit().metrics().energyKwhPerYear()
                <= result.firstFitDecreasing().metrics().energyKwhPerYear()
                ? result.powerAwareBestFit() : result.firstFitDecreasing();
        String lowestName = lowest == result.powerAwareBestFit() ? "power-aware best fit" : "first-fit decreasing";
        if (!result.unplaced().isEmpty()) {
            return String.format(Locale.ROOT, "%d workloads are unplaced, so energy is not comparable with the lower"
                    + " bound, which assumes every workload placed", result.unplaced().size());
        }
        if (plan <= lowest.metrics().energyKwhPerYear()) {
            return String.format(Locale.ROOT, "%.0f kWh/y: %.2f × the lower bound, at or below both baselines",
                    plan, plan / bound);
        }
        StringBuilder savings = new StringBuilder();
        for (CostDifference difference : differences(result, lowest)) {
            if (difference.planMinusBaselinePerYear() < 0) {
                savings.append(savings.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.0f %s",
                        difference.constraint(), -difference.planMinusBaselinePerYear(), currency));
            }
        }
        return String.format(Locale.ROOT, "%.0f kWh/y: %.2f × the lower bound and %.1f %% above %s, because the"
                        + " plan's total yearly cost is lower: it saves %s per year (and costs %.0f %s more energy)",
                plan, plan / bound, 100 * (plan / lowest.metrics().energyKwhPerYear() - 1), lowestName,
                savings.length() == 0 ? "nothing measurable" : savings,
                (lowest.softByConstraint().getOrDefault("energy", 0L)
                        - result.explanation().constraint("energy").soft()) / 100.0, currency);
    }
}

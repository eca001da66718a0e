package org.consolida.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One column of the summary: what a placement costs. {@code before}, {@code after} and the baselines fill every figure;
 * a lower bound may know only {@code activeHosts} and {@code energyKwhPerYear}, so every figure is nullable. Only
 * baselines carry a {@code score}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figures(Integer activeHosts, Integer activeRacks, Integer rackUnits, Double powerWatts,
                      Double energyKwhPerYear, Double costPerYear, Double co2KgPerYear, String score) {

    public static Figures of(int activeHosts, int activeRacks, int rackUnits, double powerWatts,
                             double energyKwhPerYear, double costPerYear, double co2KgPerYear) {
        return new Figures(activeHosts, activeRacks, rackUnits, powerWatts, energyKwhPerYear, costPerYear,
                co2KgPerYear, null);
    }

    /** A lower bound: only the figures a relaxation can prove. */
    public static Figures lowerBound(int activeHosts, double energyKwhPerYear) {
        return new Figures(activeHosts, null, null, null, energyKwhPerYear, null, null, null);
    }

    public Figures withScore(String score) {
        return new Figures(activeHosts, activeRacks, rackUnits, powerWatts, energyKwhPerYear, costPerYear,
                co2KgPerYear, score);
    }
}

package org.consolida.batch;

import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/** A figure the comparison takes from each scenario's plan.json, so the two can never disagree. */
public enum Figure {
    HOSTS_BEFORE("Hosts before", "", json -> number(json.at("/before/activeHosts"))),
    HOSTS_AFTER("Hosts after", "", json -> number(json.at("/after/activeHosts"))),
    RACKS_AFTER("Racks after", "", json -> number(json.at("/after/activeRacks"))),
    RACK_UNITS_AFTER("Rack units after", "U", json -> number(json.at("/after/rackUnits"))),
    POWER_AFTER("Power after", "W", json -> number(json.at("/after/powerWatts"))),
    ENERGY_BEFORE("Energy before", "kWh/year", json -> number(json.at("/before/energyKwhPerYear"))),
    ENERGY_AFTER("Energy after", "kWh/year", json -> number(json.at("/after/energyKwhPerYear"))),
    COST_AFTER("Energy cost after", "per year", json -> number(json.at("/after/costPerYear"))),
    /** Every soft term the search minimised (comparison.yearlyCost.plan), which the energy cost alone is not. */
    YEARLY_COST_AFTER("Yearly cost after", "per year", json -> number(json.at("/comparison/yearlyCost/plan"))),
    CO2_AFTER("CO2 after", "kg/year", json -> number(json.at("/after/co2KgPerYear"))),
    LOWER_BOUND_ENERGY("Energy lower bound", "kWh/year", json -> number(json.at("/lowerBound/energyKwhPerYear"))),
    UNPLACED("Unplaced workloads", "", json -> size(json.at("/unplaced"))),
    MOVES("Moves", "", json -> count(json.at("/placements"), p -> p.path("moved").asBoolean(false))),
    FINDINGS("Findings", "", json -> size(json.at("/findings"))),
    DELIVERED_AFTER("Delivered throughput after", "ratio", Figure::deliveredAfter);

    private final String label;
    private final String unit;
    private final Function<JsonNode, Double> extractor;

    Figure(String label, String unit, Function<JsonNode, Double> extractor) {
        this.label = label;
        this.unit = unit;
        this.extractor = extractor;
    }

    /** The figure in a plan.json, or null where the plan does not report it. */
    public Double of(JsonNode plan) {
        return extractor.apply(plan);
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public String header() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : null;
    }

    private static Double size(JsonNode node) {
        return node.isArray() ? (double) node.size() : null;
    }

    private static Double count(JsonNode array, Predicate<JsonNode> which) {
        if (!array.isArray()) {
            return null;
        }
        int n = 0;
        for (JsonNode item : array) {
            n += which.test(item) ? 1 : 0;
        }
        return (double) n;
    }

    private static Double deliveredAfter(JsonNode plan) {
        for (JsonNode scenario : plan.at("/simulation/scenarios")) {
            if ("after".equals(scenario.path("name").asText())) {
                return number(scenario.path("deliveredRatio"));
            }
        }
        return null;
    }
}

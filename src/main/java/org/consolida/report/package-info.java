/**
 * The consolidation reports. The pipeline assembles one {@link org.consolida.report.ReportModel} from the inventory,
 * the plan, the findings and the simulation; {@link org.consolida.report.ReportWriter#writeAll} renders it three ways
 * ({@code plan.xlsx} with native charts, a self-contained {@code report.html}, {@code plan.json}) and
 * {@link org.consolida.report.ConsoleSummary} prints the few lines {@code plan} shows. The package imports nothing of
 * the planner, the rules or the simulation: it knows only what it renders.
 */
package org.consolida.report;

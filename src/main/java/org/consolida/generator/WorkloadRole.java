package org.consolida.generator;

import org.consolida.inventory.DemandProfile;
import org.consolida.inventory.WorkloadKind;

/**
 * What a generated workload does, which fixes its kind, its demand over the day, how busy its vCPUs are relative to
 * others ({@code cpuWeight}) and how many operations per second one GHz of its demand stands for.
 */
enum WorkloadRole {
    WEB(WorkloadKind.VM, Catalog.WEB_EVENING, 1.0, 800),
    APP(WorkloadKind.VM, Catalog.OFFICE_HOURS, 1.0, 500),
    DB(WorkloadKind.VM, Catalog.ALWAYS_ON, 1.3, 1200),
    INFRA(WorkloadKind.VM, Catalog.ALWAYS_ON, 0.5, 400),
    GENERAL(WorkloadKind.VM, Catalog.OFFICE_HOURS, 0.8, 300),
    BATCH(WorkloadKind.VM, Catalog.NIGHTLY_BATCH, 1.5, 300),
    FILE(WorkloadKind.VM, Catalog.OFFICE_HOURS, 0.4, 200),
    VDI(WorkloadKind.VDI, Catalog.VDI_MORNING, 0.6, 40),
    CONTAINER(WorkloadKind.CONTAINER, Catalog.WEB_EVENING, 1.0, 900),
    LAB(WorkloadKind.VM, Catalog.OFFICE_HOURS, 0.7, 100);

    final WorkloadKind kind;
    final DemandProfile profile;
    final double cpuWeight;
    final double opsPerGhz;

    WorkloadRole(WorkloadKind kind, DemandProfile profile, double cpuWeight, double opsPerGhz) {
        this.kind = kind;
        this.profile = profile;
        this.cpuWeight = cpuWeight;
        this.opsPerGhz = opsPerGhz;
    }
}

package org.consolida.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.consolida.inventory.Host;
import org.consolida.inventory.VirtualizationMode;

/**
 * What the placed workloads demand today, and what they need of their host: CPU demand that brings each host to the
 * utilisation it runs at today (12-32 %, never more than 90 % of a workload's own vCPUs), throughput in proportion,
 * the virtualisation mode each guest needs (paravirtualised only where its hypervisor offers it), and a few workloads
 * pinned to their host (licence-bound databases and directory servers, appliances).
 */
final class TodayDemand {
    static final double MAX_VCPU_BUSY = 0.9;
    static final double TYPICAL_VCPU_BUSY = 0.6;

    private TodayDemand() {
    }

    static void apply(List<WorkloadDraft> drafts, Fleet fleet, Dice dice) {
        List<List<WorkloadDraft>> byHost = new ArrayList<>();
        fleet.hosts().forEach(h -> byHost.add(new ArrayList<>()));
        drafts.forEach(d -> byHost.get(d.host).add(d));
        for (int h = 0; h < byHost.size(); h++) {
            cpu(byHost.get(h), fleet.hosts().get(h), fleet.cpuTarget()[h], dice);
        }
        for (WorkloadDraft draft : drafts) {
            draft.opsPerSec = Math.max(1, Math.round(draft.cpuGhz * draft.role.opsPerGhz * dice.uniform(0.8, 1.2)));
            draft.virtualization = mode(draft, fleet.hosts().get(draft.host).hypervisor().paravirtualization(), dice);
        }
        pinSome(drafts, dice);
    }

    /** Shares a host's CPU target among its workloads by role and vCPUs, each capped at 90 % of its own vCPUs. */
    private static void cpu(List<WorkloadDraft> onHost, Host host, double target, Dice dice) {
        if (onHost.isEmpty()) {
            return;
        }
        double coreGhz = host.model().coreGhz();
        enoughVcpus(onHost, host, target);
        double[] weight = new double[onHost.size()];
        double weightedVcpuGhz = 0;
        for (int i = 0; i < weight.length; i++) {
            WorkloadDraft draft = onHost.get(i);
            weight[i] = draft.role.cpuWeight * dice.uniform(0.5, 1.5);
            weightedVcpuGhz += weight[i] * draft.vcpus * coreGhz;
        }
        double busyPerWeight = target * host.model().cpuGhz() / weightedVcpuGhz;
        for (int i = 0; i < weight.length; i++) {
            WorkloadDraft draft = onHost.get(i);
            double busy = Math.min(MAX_VCPU_BUSY, busyPerWeight * weight[i]);
            // Rounded down to 10 MHz so that rounding never lifts a host above its target.
            draft.cpuGhz = Math.max(0.01, Math.floor(busy * draft.vcpus * coreGhz * 100) / 100);
        }
    }

    /**
     * A host carrying few, small workloads could not reach its utilisation with their vCPUs at a typical 60 % busy:
     * give its largest workloads more vCPUs, one common step at a time, within their role's bounds.
     */
    private static void enoughVcpus(List<WorkloadDraft> onHost, Host host, double target) {
        double neededVcpus = target * host.model().cores() / TYPICAL_VCPU_BUSY;
        int threads = 2 * host.model().cores();
        int vcpus = onHost.stream().mapToInt(d -> d.vcpus).sum();
        List<WorkloadDraft> largestFirst = new ArrayList<>(onHost);
        largestFirst.sort(Comparator.comparingDouble((WorkloadDraft d) -> d.memoryGib).reversed()
                .thenComparingInt(d -> d.index));
        boolean grew = true;
        while (vcpus < neededVcpus && grew) {
            grew = false;
            for (WorkloadDraft draft : largestFirst) {
                int next = Sizing.nextVcpus(draft.vcpus, Sizing.maxVcpus(draft, threads));
                if (next > draft.vcpus && vcpus < neededVcpus) {
                    vcpus += next - draft.vcpus;
                    draft.vcpus = next;
                    grew = true;
                }
            }
        }
    }

    private static VirtualizationMode mode(WorkloadDraft draft, boolean paravirtualization, Dice dice) {
        List<VirtualizationMode> modes = List.of(VirtualizationMode.PARA, VirtualizationMode.FULL,
                VirtualizationMode.ANY);
        if (draft.role == WorkloadRole.CONTAINER) {
            return VirtualizationMode.ANY;
        }
        if (draft.os.equals("Windows Server 2008 R2") || draft.os.equals("CentOS 6")) {
            return VirtualizationMode.FULL;
        }
        if (!paravirtualization) {
            return dice.pick(modes, 0, 0.3, 0.7);
        }
        return draft.os.startsWith("Windows") ? dice.pick(modes, 0.15, 0.10, 0.75) : dice.pick(modes, 0.55, 0, 0.45);
    }

    /** About 1 % of the workloads, chosen among databases, directory and file servers, stay where they are. */
    private static void pinSome(List<WorkloadDraft> drafts, Dice dice) {
        List<WorkloadDraft> candidates = drafts.stream().filter(d -> d.role == WorkloadRole.DB
                || d.role == WorkloadRole.INFRA || d.role == WorkloadRole.FILE).toList();
        int wanted = drafts.size() >= 20 ? Math.min(candidates.size(), Math.max(1, (int) Math.round(0.01 * drafts.size())))
                : 0;
        int pinned = 0;
        for (int attempt = 0; pinned < wanted && attempt < 20 * wanted; attempt++) {
            WorkloadDraft draft = dice.pick(candidates);
            if (!draft.pinned) {
                draft.pinned = true;
                pinned++;
            }
        }
    }
}

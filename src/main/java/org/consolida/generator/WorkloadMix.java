package org.consolida.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.generator.WorkloadDraft.Pool;
import org.consolida.inventory.Criticality;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.RemoteAccess;
import org.consolida.inventory.Site;
import org.consolida.inventory.SpreadScope;

/**
 * The workloads of a generated datacenter, before sizing and placement: three-tier applications whose tiers talk,
 * VDI pools, infrastructure pairs spread across sites, many single servers, container services on the container
 * runtime and a few lab VMs on the hosted hypervisors. Sizes are skewed (many small, a few large); members of a tier,
 * pool or service share one size class. Each group is only as large as its home site has failure domains to spread it on.
 */
final class WorkloadMix {
    /** Traffic between two drafts (indices into {@link #drafts}), in Mbit/s. */
    record FlowDraft(int from, int to, double mbps) {
    }

    private static final List<Criticality> CRITICALITIES = List.of(Criticality.LOW, Criticality.NORMAL,
            Criticality.HIGH);

    final List<WorkloadDraft> drafts = new ArrayList<>();
    final List<FlowDraft> flows = new ArrayList<>();
    private final Fleet fleet;
    private final double vdiMinNicGbps;
    private final Dice dice;
    private final int[] singles = new int[3];

    private WorkloadMix(Fleet fleet, double vdiMinNicGbps, Dice dice) {
        this.fleet = fleet;
        this.vdiMinNicGbps = vdiMinNicGbps;
        this.dice = dice;
    }

    static WorkloadMix generate(int count, Fleet fleet, double vdiMinNicGbps, Dice dice) {
        WorkloadMix mix = new WorkloadMix(fleet, vdiMinNicGbps, dice);
        int floor = count >= 10 ? 1 : 0;
        int containers = mix.hasHosts(Pool.CONTAINER) ? Math.max(floor, (int) Math.round(0.10 * count)) : 0;
        int lab = mix.hasHosts(Pool.LAB) ? Math.min(Math.max(floor, (int) Math.round(0.02 * count)),
                12 * mix.onHosts(Pool.LAB, null, false).size()) : 0;
        int vms = count - containers - lab;
        int vdi = mix.onHosts(Pool.VM, null, true).isEmpty() ? 0 : (int) Math.round(0.15 * vms);
        int infra = 2 * (int) Math.round(0.015 * vms);
        int apps = (int) Math.round(0.45 * vms);
        mix.applications(apps);
        mix.vdiPools(vdi);
        mix.infrastructurePairs(infra);
        mix.singleServers(vms - apps - vdi - infra);
        mix.containerServices(containers);
        mix.labMachines(lab);
        return mix;
    }

    /** The pool a host serves today, from its hypervisor's type. */
    static Pool poolOf(Host host) {
        return switch (host.hypervisor().type()) {
            case TYPE_1 -> Pool.VM;
            case TYPE_2 -> Pool.LAB;
            case CONTAINER -> Pool.CONTAINER;
        };
    }

    /** Whether a draft may run on a host today: its pool, and for a desktop a NIC fast enough for VDI. */
    static boolean canRun(WorkloadDraft draft, Host host, double vdiMinNicGbps) {
        return host.state() == HostState.ON && poolOf(host) == draft.pool
                && (draft.role != WorkloadRole.VDI || host.model().nicGbps() >= vdiMinNicGbps);
    }

    private record HostsKey(Pool pool, Site site, boolean vdi) {
    }

    private final Map<HostsKey, List<Host>> hostsCache = new HashMap<>();
    private final Map<HostsKey, double[]> siteWeights = new HashMap<>();

    /** The hosts switched on today that can run a pool's workloads (desktops if vdi), at one site or (null) both. */
    private List<Host> onHosts(Pool pool, Site site, boolean vdi) {
        return hostsCache.computeIfAbsent(new HostsKey(pool, site, vdi), key -> findHosts(pool, site, vdi));
    }

    private List<Host> findHosts(Pool pool, Site site, boolean vdi) {
        WorkloadDraft probe = new WorkloadDraft(-1, "probe", vdi ? WorkloadRole.VDI : WorkloadRole.GENERAL, pool, "",
                Criticality.NORMAL, null);
        return fleet.hosts().stream()
                .filter(h -> (site == null || h.site().equals(site)) && canRun(probe, h, vdiMinNicGbps)).toList();
    }

    private boolean hasHosts(Pool pool) {
        return !onHosts(pool, null, false).isEmpty();
    }

    private int racksAt(Pool pool, Site site) {
        return (int) onHosts(pool, site, false).stream().map(Host::rack).distinct().count();
    }

    /** A home site, more likely where the pool has more memory. */
    private Site homeSite(Pool pool, boolean vdi) {
        double[] weights = siteWeights.computeIfAbsent(new HostsKey(pool, null, vdi), key -> {
            double[] memory = new double[Catalog.SITES.size()];
            for (int s = 0; s < memory.length; s++) {
                memory[s] = onHosts(pool, Catalog.SITES.get(s), vdi).stream().mapToDouble(h -> h.model().memoryGib())
                        .sum();
            }
            return memory;
        });
        return dice.pick(Catalog.SITES, weights);
    }

    private Site otherSite(Site site) {
        return Catalog.SITES.get(Catalog.SITES.indexOf(site) == 0 ? 1 : 0);
    }

    /**
     * The widest spread, up to the preferred one, that a group of this size can have from its home site; null when
     * it cannot be spread at all (then it is no group). SITE spread is for pairs, one member at each site.
     */
    private SpreadScope spreadFor(Pool pool, Site home, int members, SpreadScope preferred) {
        if (members < 2) {
            return null;
        }
        if (preferred == SpreadScope.SITE && members == 2 && !onHosts(pool, otherSite(home), false).isEmpty()) {
            return SpreadScope.SITE;
        }
        if (preferred != SpreadScope.HOST && racksAt(pool, home) >= members) {
            return SpreadScope.RACK;
        }
        return onHosts(pool, home, false).size() >= members ? SpreadScope.HOST : null;
    }

    private Criticality criticality(double low, double normal, double high) {
        return dice.pick(CRITICALITIES, low, normal, high);
    }

    /** A new draft, appended to the list. */
    private WorkloadDraft draft(String id, WorkloadRole role, Pool pool, String os, Criticality criticality,
                                Site home) {
        WorkloadDraft draft = new WorkloadDraft(drafts.size(), id, role, pool, os, criticality, home);
        drafts.add(draft);
        return draft;
    }

    private record Size(double vcpus, double memoryGib) {
    }

    private static Size size(double vcpus, double memoryGib) {
        return new Size(vcpus, memoryGib);
    }

    private void flow(WorkloadDraft from, WorkloadDraft to, double medianMbps) {
        double mbps = Math.max(0.1, Math.round(dice.logNormal(medianMbps, 0.8) * 10) / 10.0);
        flows.add(new FlowDraft(from.index, to.index, mbps));
    }

    private void applications(int budget) {
        int app = 0;
        while (budget > 0) {
            app++;
            Site home = homeSite(Pool.VM, false);
            int hostsAtHome = onHosts(Pool.VM, home, false).size();
            int[] tiers = {
                    Math.min(dice.chance(0.25) ? 1 : dice.between(2, 4), hostsAtHome),
                    Math.min(dice.between(1, 3), hostsAtHome),
                    dice.chance(0.6) ? 2 : 1};
            fitTo(tiers, budget);
            budget -= tiers[0] + tiers[1] + tiers[2];
            boolean linux = dice.chance(0.7);
            Criticality criticality = criticality(0.1, 0.6, 0.3);
            String prefix = String.format("app%04d", app);

            List<WorkloadDraft> web = tier(prefix + "-web", WorkloadRole.WEB, tiers[0], home, criticality,
                    linux ? dice.pick(List.of("Ubuntu 22.04", "Ubuntu 24.04", "RHEL 9", "Debian 12"))
                            : dice.pick(List.of("Windows Server 2019", "Windows Server 2022")),
                    dice.pick(List.of(size(1, 2), size(2, 4), size(4, 8), size(8, 16)), 0.15, 0.45, 0.3, 0.1),
                    dice.logNormal(60, 0.4), dice.chance(0.25) ? SpreadScope.RACK : SpreadScope.HOST);
            List<WorkloadDraft> mid = tier(prefix + "-app", WorkloadRole.APP, tiers[1], home, criticality,
                    linux ? dice.pick(List.of("RHEL 8", "RHEL 9", "SLES 15"))
                            : dice.pick(List.of("Windows Server 2019", "Windows Server 2022")),
                    dice.pick(List.of(size(2, 8), size(4, 16), size(8, 32), size(16, 64)), 0.3, 0.4, 0.22, 0.08),
                    dice.logNormal(100, 0.5), SpreadScope.HOST);
            SpreadScope dbSpread = dice.pick(List.of(SpreadScope.SITE, SpreadScope.RACK, SpreadScope.HOST),
                    0.12, 0.6, 0.28);
            List<WorkloadDraft> db = tier(prefix + "-db", WorkloadRole.DB, tiers[2], home, criticality,
                    linux ? dice.pick(List.of("RHEL 8", "RHEL 9")) : "Windows Server 2022",
                    dice.pick(List.of(size(2, 16), size(4, 32), size(8, 64), size(16, 128), size(32, 256)),
                            0.1, 0.3, 0.35, 0.17, 0.08),
                    dice.logNormal(500, 0.8), dbSpread);

            for (WorkloadDraft w : web) {
                for (WorkloadDraft m : mid) {
                    flow(w, m, 20);
                }
                if (mid.isEmpty() && !db.isEmpty()) {
                    flow(w, db.get(0), 30);
                }
            }
            for (WorkloadDraft m : mid) {
                if (!db.isEmpty()) {
                    flow(m, db.get(0), 40);
                }
            }
            if (db.size() == 2) {
                flow(db.get(0), db.get(1), 30);
            }
        }
    }

    /** Shrinks the tiers (web, app, db) to a budget: the largest tier first, then whole tiers from the back. */
    private static void fitTo(int[] tiers, int budget) {
        while (tiers[0] + tiers[1] + tiers[2] > budget) {
            int largest = 0;
            for (int t = 1; t < tiers.length; t++) {
                if (tiers[t] > tiers[largest]) {
                    largest = t;
                }
            }
            if (tiers[largest] > 1) {
                tiers[largest]--;
            } else {
                tiers[tiers[2] > 0 ? 2 : 1] = 0;
            }
        }
    }

    /** The members of one tier: one size and OS, one redundancy group spread as far as the home site allows. */
    private List<WorkloadDraft> tier(String prefix, WorkloadRole role, int members, Site home, Criticality criticality,
                                     String os, Size size, double storageGib, SpreadScope preferred) {
        SpreadScope spread = spreadFor(Pool.VM, home, members, preferred);
        List<WorkloadDraft> tier = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            Site site = spread == SpreadScope.SITE && i == 1 ? otherSite(home) : home;
            WorkloadDraft draft = draft(String.format("%s-%02d", prefix, i + 1), role, Pool.VM, os, criticality, site)
                    .sized(size.vcpus(), size.memoryGib(), storageGib);
            if (spread != null) {
                draft.inGroup(prefix, spread);
            }
            tier.add(draft);
        }
        return tier;
    }

    /** Desktop pools: one image (size, OS) per pool; Windows pools reached by RDP or the broker, Linux ones by VNC. */
    private void vdiPools(int budget) {
        int pool = 0;
        while (budget > 0) {
            pool++;
            int desktops = Math.min(budget, dice.between(8, 40));
            budget -= desktops;
            Site home = homeSite(Pool.VM, true);
            String os = dice.pick(List.of("Windows 10", "Windows 11", "Ubuntu 22.04 Desktop"), 0.35, 0.45, 0.2);
            RemoteAccess access = os.startsWith("Ubuntu") ? RemoteAccess.VNC
                    : dice.chance(0.4) ? RemoteAccess.RDP : RemoteAccess.NONE;
            Size size = dice.pick(List.of(size(2, 4), size(2, 8), size(4, 16)), 0.55, 0.3, 0.15);
            double storageGib = dice.logNormal(50, 0.3);
            Criticality criticality = criticality(0.2, 0.8, 0);
            for (int d = 1; d <= desktops; d++) {
                WorkloadDraft desktop = draft(String.format("vdi%03d-%04d", pool, d), WorkloadRole.VDI, Pool.VM, os,
                        criticality, home).sized(size.vcpus(), size.memoryGib(), storageGib);
                desktop.remoteAccess = access;
            }
        }
    }

    /** Directory and DNS servers in pairs, one at each site where there are two. */
    private void infrastructurePairs(int budget) {
        for (int pair = 1; 2 * pair <= budget; pair++) {
            Site home = homeSite(Pool.VM, false);
            SpreadScope spread = spreadFor(Pool.VM, home, 2, SpreadScope.SITE);
            String os = dice.chance(0.6) ? "Windows Server 2022" : "RHEL 9";
            Size size = dice.pick(List.of(size(2, 4), size(2, 8), size(4, 8)));
            String group = String.format("infra%03d", pair);
            for (int i = 0; i < 2; i++) {
                Site site = spread == SpreadScope.SITE && i == 1 ? otherSite(home) : home;
                WorkloadDraft draft = draft(group + (i == 0 ? "-a" : "-b"), WorkloadRole.INFRA, Pool.VM, os,
                        Criticality.HIGH, site).sized(size.vcpus(), size.memoryGib(), 80);
                if (spread != null) {
                    draft.inGroup(group, spread);
                }
            }
        }
        if (budget % 2 == 1) {
            singleServers(1);
        }
    }

    /** Stand-alone servers: general purpose (most, with the widest spread of sizes), batch and file servers. */
    private void singleServers(int count) {
        List<String> prefixes = List.of("vm", "batch", "fs");
        for (int i = 0; i < count; i++) {
            WorkloadRole role = dice.pick(List.of(WorkloadRole.GENERAL, WorkloadRole.BATCH, WorkloadRole.FILE),
                    0.7, 0.15, 0.15);
            int kind = role == WorkloadRole.GENERAL ? 0 : role == WorkloadRole.BATCH ? 1 : 2;
            String id = String.format("%s-%05d", prefixes.get(kind), ++singles[kind]);
            Site home = homeSite(Pool.VM, false);
            switch (role) {
                case GENERAL -> {
                    Size size = dice.pick(List.of(size(1, 2), size(2, 4), size(2, 8), size(4, 8), size(4, 16),
                            size(8, 32), size(16, 64), size(32, 128), size(32, 256)),
                            0.22, 0.28, 0.15, 0.12, 0.10, 0.07, 0.04, 0.015, 0.005);
                    draft(id, role, Pool.VM, dice.pick(List.of("Windows Server 2016", "Windows Server 2019",
                                    "Windows Server 2022", "RHEL 8", "RHEL 9", "Ubuntu 22.04", "SLES 15",
                                    "Windows Server 2008 R2", "CentOS 6"),
                                    0.12, 0.2, 0.18, 0.12, 0.12, 0.12, 0.06, 0.05, 0.03),
                            criticality(0.3, 0.6, 0.1), home)
                            .sized(size.vcpus(), size.memoryGib(), dice.logNormal(80, 0.7));
                }
                case BATCH -> {
                    Size size = dice.pick(List.of(size(4, 16), size(8, 32), size(16, 64)), 0.5, 0.35, 0.15);
                    draft(id, role, Pool.VM, dice.pick(List.of("RHEL 8", "RHEL 9", "SLES 15")),
                            criticality(0.5, 0.5, 0), home).sized(size.vcpus(), size.memoryGib(), dice.logNormal(200, 0.5));
                }
                default -> {
                    Size size = dice.pick(List.of(size(2, 8), size(4, 16)), 0.6, 0.4);
                    draft(id, role, Pool.VM, dice.pick(List.of("Windows Server 2016", "Windows Server 2019",
                                    "Windows Server 2022")), criticality(0, 0.8, 0.2), home)
                            .sized(size.vcpus(), size.memoryGib(), dice.logNormal(1500, 0.6));
                }
            }
        }
    }

    /**
     * Container services in stacks of three (front, API, cache), each of 1-5 replicas of one image spread over the
     * container hosts of its site; every replica of a service talks to the next service of its stack.
     */
    private void containerServices(int budget) {
        int service = 0;
        List<WorkloadDraft> previous = List.of();
        while (budget > 0) {
            service++;
            Site home = homeSite(Pool.CONTAINER, false);
            int replicas = Math.min(budget, Math.min(dice.between(1, 5), onHosts(Pool.CONTAINER, home, false).size()));
            budget -= replicas;
            SpreadScope spread = spreadFor(Pool.CONTAINER, home, replicas, SpreadScope.HOST);
            String os = dice.pick(List.of("Alpine 3.20", "Debian 12", "UBI 9"));
            Size size = dice.pick(List.of(size(1, 0.5), size(1, 1), size(2, 2), size(4, 4)), 0.3, 0.35, 0.25, 0.1);
            double storageGib = dice.logNormal(5, 0.5);
            Criticality criticality = criticality(0, 0.7, 0.3);
            String group = String.format("svc%04d", service);
            List<WorkloadDraft> current = new ArrayList<>();
            for (int r = 1; r <= replicas; r++) {
                WorkloadDraft replica = draft(group + "-" + r, WorkloadRole.CONTAINER, Pool.CONTAINER, os, criticality,
                        home).sized(size.vcpus(), size.memoryGib(), storageGib);
                if (spread != null) {
                    replica.inGroup(group, spread);
                }
                current.add(replica);
            }
            if (service % 3 != 1) {
                for (WorkloadDraft from : previous) {
                    flow(from, current.get(0), 5);
                }
            }
            previous = current;
        }
    }

    /** Test and development VMs on the hosted hypervisors. */
    private void labMachines(int count) {
        for (int i = 1; i <= count; i++) {
            Size size = dice.pick(List.of(size(1, 2), size(2, 4), size(2, 8)), 0.3, 0.5, 0.2);
            draft(String.format("lab-%04d", i), WorkloadRole.LAB, Pool.LAB,
                    dice.pick(List.of("Ubuntu 22.04", "Windows 10", "Debian 12")), Criticality.LOW,
                    homeSite(Pool.LAB, false)).sized(size.vcpus(), size.memoryGib(), dice.logNormal(40, 0.4));
        }
    }
}

package org.consolida.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.consolida.generator.HostGeneration.Role;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostModel;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Hypervisor;
import org.consolida.inventory.Rack;
import org.consolida.inventory.Site;

/**
 * The hardware of a generated datacenter: hosts of several generations at two sites, each with its hypervisor,
 * cluster and state, standing in 42U racks within their power budget. Hosts are listed site by site, rack by rack.
 *
 * @param cpuTarget    per host (same index as {@code hosts}), the CPU utilisation it runs at today
 * @param memoryTarget per host, the share of its memory today's workloads take
 */
record Fleet(List<Rack> racks, List<Host> hosts, List<HostModel> models, List<Hypervisor> hypervisors,
             double[] cpuTarget, double[] memoryTarget) {

    static final int RACK_UNITS = 42;
    /** Racks are loaded to at most this share of their power budget at the hosts' full-load draw (derating). */
    static final double RACK_POWER_DERATING = 0.8;
    static final int MAX_CLUSTER_HOSTS = 32;
    /** Average CPU utilisation of a host today: unconsolidated datacenters run at 15-30 %. */
    static final double MEAN_CPU_UTILIZATION = 0.22;

    /** One host before it becomes a record: the rack and the cluster are known only once all are drawn. */
    private static final class Draft {
        final Site site;
        final HostGeneration generation;
        final Hypervisor hypervisor;
        String cluster = "";
        HostState state = HostState.ON;

        Draft(Site site, HostGeneration generation, Hypervisor hypervisor) {
            this.site = site;
            this.generation = generation;
            this.hypervisor = hypervisor;
        }
    }

    static Fleet build(int hostCount, Dice dice) {
        if (hostCount < 1) {
            throw new IllegalArgumentException("a datacenter needs at least one host, got " + hostCount);
        }
        List<HostGeneration> catalogue = HostGeneration.catalogue();
        int containerHosts = hostCount >= 3 ? Math.max(1, (int) Math.round(0.03 * hostCount)) : 0;
        int type2Hosts = hostCount >= 4 ? Math.max(1, (int) Math.round(0.02 * hostCount)) : 0;
        int type1Hosts = hostCount - containerHosts - type2Hosts;
        int type1AtSecondSite = (int) Math.floor(0.4 * type1Hosts);

        List<List<Draft>> bySite = new ArrayList<>();
        for (int s = 0; s < Catalog.SITES.size(); s++) {
            Site site = Catalog.SITES.get(s);
            List<Draft> drafts = new ArrayList<>(type1Hosts(site, s == 0 ? type1Hosts - type1AtSecondSite
                    : type1AtSecondSite, catalogue, dice));
            // Container hosts alternate from the first site, hosted hypervisors from the second.
            for (int i = s; i < containerHosts; i += 2) {
                drafts.add(new Draft(site, only(catalogue, Role.CONTAINER), Catalog.CONTAINERD));
            }
            for (int i = 1 - s; i < type2Hosts; i += 2) {
                drafts.add(new Draft(site, only(catalogue, Role.TYPE2), Catalog.VIRTUALBOX));
            }
            assignClusters(site, drafts);
            bySite.add(drafts);
        }
        switchSomeOff(bySite, hostCount, dice);

        List<Rack> racks = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        for (List<Draft> drafts : bySite) {
            rackUp(drafts, racks, hosts, dice);
        }
        double[] cpuTarget = new double[hosts.size()];
        double[] memoryTarget = new double[hosts.size()];
        double spreadSum = 0;
        for (int h = 0; h < hosts.size(); h++) {
            cpuTarget[h] = dice.uniform(-0.10, 0.10);
            spreadSum += cpuTarget[h];
            memoryTarget[h] = dice.uniform(0.30, 0.60);
        }
        // Hosts differ (12-32 %), but their mean stays at 22 % even when they are few.
        double meanSpread = spreadSum / hosts.size();
        for (int h = 0; h < hosts.size(); h++) {
            cpuTarget[h] = Math.max(0.10, Math.min(0.34, MEAN_CPU_UTILIZATION + cpuTarget[h] - meanSpread));
        }
        List<HostModel> models = catalogue.stream().map(HostGeneration::model)
                .filter(m -> hosts.stream().anyMatch(h -> h.model().equals(m))).toList();
        List<Hypervisor> hypervisors = Catalog.HYPERVISORS.stream()
                .filter(v -> hosts.stream().anyMatch(h -> h.hypervisor().equals(v))).toList();
        return new Fleet(List.copyOf(racks), List.copyOf(hosts), models, hypervisors, cpuTarget, memoryTarget);
    }

    /** Type-1 hosts of a site, family by family (largest remainder of the family shares), newest hardware first. */
    private static List<Draft> type1Hosts(Site site, int count, List<HostGeneration> catalogue, Dice dice) {
        List<HostGeneration> generations = catalogue.stream().filter(g -> g.role() == Role.TYPE1).toList();
        double[] weights = generations.stream().mapToDouble(HostGeneration::weight).toArray();
        int[] perFamily = largestRemainder(count, Catalog.TYPE1_FAMILY_SHARES);
        List<Draft> drafts = new ArrayList<>();
        for (int f = 0; f < perFamily.length; f++) {
            String family = Catalog.TYPE1_FAMILIES.get(f);
            List<HostGeneration> drawn = new ArrayList<>();
            for (int i = 0; i < perFamily[f]; i++) {
                drawn.add(dice.pick(generations, weights));
            }
            drawn.sort(Comparator.comparingInt(HostGeneration::year).reversed()
                    .thenComparingInt(generations::indexOf));
            for (HostGeneration generation : drawn) {
                drafts.add(new Draft(site, generation, Catalog.type1(family, generation.year())));
            }
        }
        return drafts;
    }

    /** Splits a count by shares so the parts sum to it exactly; ties go to the earlier (larger) share. */
    static int[] largestRemainder(int count, double[] shares) {
        int[] parts = new int[shares.length];
        double[] remainders = new double[shares.length];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = count * shares[i];
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        while (given < count) {
            int best = 0;
            for (int i = 1; i < shares.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            given++;
        }
        return parts;
    }

    private static HostGeneration only(List<HostGeneration> catalogue, Role role) {
        return catalogue.stream().filter(g -> g.role() == role).findFirst()
                .orElseThrow(() -> new IllegalStateException("host-generations.csv has no " + role + " model"));
    }

    /** Clusters per site and hypervisor family, split evenly into clusters of at most 32 hosts; hosted ones stand alone. */
    private static void assignClusters(Site site, List<Draft> drafts) {
        List<String> families = new ArrayList<>();
        drafts.forEach(d -> {
            if (!families.contains(d.hypervisor.family())) {
                families.add(d.hypervisor.family());
            }
        });
        for (String family : families) {
            List<Draft> members = drafts.stream().filter(d -> d.hypervisor.family().equals(family)).toList();
            if (members.get(0).generation.role() == Role.TYPE2) {
                continue;
            }
            int clusters = (members.size() + MAX_CLUSTER_HOSTS - 1) / MAX_CLUSTER_HOSTS;
            for (int i = 0; i < members.size(); i++) {
                members.get(i).cluster = String.format("%s-%s-%02d", site.id(), family, 1 + i * clusters / members.size());
            }
        }
    }

    /** A couple of bare-metal hosts are switched off or in maintenance today; never the last one of a site. */
    private static void switchSomeOff(List<List<Draft>> bySite, int hostCount, Dice dice) {
        if (hostCount < 10) {
            return;
        }
        int off = Math.max(1, (int) Math.round(0.015 * hostCount));
        int maintenance = Math.max(1, (int) Math.round(0.01 * hostCount));
        List<Draft> type1 = new ArrayList<>();
        bySite.forEach(site -> site.stream().filter(d -> d.generation.role() == Role.TYPE1).forEach(type1::add));
        int changed = 0;
        for (int attempt = 0; changed < off + maintenance && attempt < 20 * hostCount; attempt++) {
            Draft draft = dice.pick(type1);
            long onAtSite = type1.stream().filter(d -> d.site == draft.site && d.state == HostState.ON).count();
            if (draft.state == HostState.ON && onAtSite > 2) {
                draft.state = changed < off ? HostState.OFF : HostState.MAINTENANCE;
                changed++;
            }
        }
    }

    /**
     * Stands a site's hosts in racks, in order. A rack takes hosts while its server space (16-30U of the 42U; the rest
     * holds switches, patch panels and storage), its derated power budget and, at a site of four hosts or more, half
     * the site's hosts allow: an unconsolidated datacenter has more, emptier racks than it needs.
     */
    private static void rackUp(List<Draft> drafts, List<Rack> racks, List<Host> hosts, Dice dice) {
        if (drafts.isEmpty()) {
            return;
        }
        Site site = drafts.get(0).site;
        int perRackCap = drafts.size() >= 4 ? (drafts.size() + 1) / 2 : drafts.size();
        List<Double> budgetsKw = site == Catalog.FRA1 ? List.of(8.0, 10.0, 12.0) : List.of(10.0, 12.0, 15.0);
        Rack rack = null;
        int serverUnits = 0;
        int usedUnits = 0;
        double usedWatts = 0;
        int inRack = 0;
        int rackNumber = 0;
        int sequence = 0;
        for (Draft draft : drafts) {
            HostModel model = draft.generation.model();
            double watts = model.powerCurve().maxWatts();
            if (rack == null || usedUnits + model.rackUnits() > serverUnits
                    || usedWatts + watts > RACK_POWER_DERATING * rack.powerWatts() || inRack >= perRackCap) {
                rackNumber++;
                rack = new Rack(String.format("%s-r%02d", site.id(), rackNumber), site, RACK_UNITS, dice.pick(budgetsKw));
                racks.add(rack);
                serverUnits = dice.between(16, 30);
                usedUnits = 0;
                usedWatts = 0;
                inRack = 0;
            }
            usedUnits += model.rackUnits();
            usedWatts += watts;
            inRack++;
            sequence++;
            String id = String.format("%s-%s-%04d", site.id(), shortName(draft.hypervisor), sequence);
            hosts.add(new Host(id, model, rack, draft.cluster, draft.hypervisor, draft.state));
        }
    }

    /**
     * The same fleet at the given sites (matched by id): racks and hosts in the same order, with the same ids. The WAN
     * is sized only once today's placement is known ({@link WanSizing}), after the racks were built.
     */
    Fleet atSites(List<Site> sites) {
        Map<String, Site> siteById = new HashMap<>();
        sites.forEach(site -> siteById.put(site.id(), site));
        Map<String, Rack> rackById = new HashMap<>();
        List<Rack> movedRacks = new ArrayList<>(racks.size());
        for (Rack rack : racks) {
            Rack moved = new Rack(rack.id(), siteById.get(rack.site().id()), rack.units(), rack.powerKw());
            rackById.put(rack.id(), moved);
            movedRacks.add(moved);
        }
        List<Host> movedHosts = new ArrayList<>(hosts.size());
        for (Host host : hosts) {
            movedHosts.add(new Host(host.id(), host.model(), rackById.get(host.rack().id()), host.cluster(),
                    host.hypervisor(), host.state()));
        }
        return new Fleet(List.copyOf(movedRacks), List.copyOf(movedHosts), models, hypervisors, cpuTarget,
                memoryTarget);
    }

    private static String shortName(Hypervisor hypervisor) {
        return switch (hypervisor.family()) {
            case "vmware" -> "esx";
            case "hyper-v" -> "hv";
            case "virtualbox" -> "vbox";
            case "containers" -> "ctr";
            default -> hypervisor.family();
        };
    }
}

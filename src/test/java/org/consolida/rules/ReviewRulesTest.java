package org.consolida.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.consolida.inventory.Criticality;
import org.consolida.inventory.DemandProfile;
import org.consolida.inventory.FailoverPolicy;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.MeasuredDemand;
import org.consolida.inventory.MeasuredUse;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Rack;
import org.consolida.inventory.RemoteAccess;
import org.consolida.inventory.SpreadScope;
import org.consolida.inventory.VirtualizationMode;
import org.consolida.inventory.Workload;
import org.consolida.inventory.WorkloadKind;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.Hypervisors;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each shipped review rule, found by id: one minimal plan where it fires, one where it does not. */
class ReviewRulesTest {
    private static RuleBase rules;

    @BeforeAll
    static void load() {
        rules = RuleBase.load(RuleBase.DEFAULT_FOLDER);
    }

    private static List<Finding> findings(TestDatacenter t, String ruleId) {
        return ReviewRules.findings(rules, t.inventory(), t.plan()).stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static List<String> subjects(TestDatacenter t, String ruleId) {
        return findings(t, ruleId).stream().map(Finding::subject).toList();
    }

    @Test
    void findingCarriesTheRuleMetadataAndARecommendation() {
        TestDatacenter t = TestDatacenter.esxi();
        Host vbox = t.host("vbox", h -> h.hypervisor(Hypervisors.VIRTUALBOX));
        t.workload("app", vbox);
        assertThat(findings(t, "HYP-001")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.category()).isEqualTo("hypervisor");
            assertThat(f.subject()).isEqualTo("host vbox");
            assertThat(f.message()).contains("1 production workload").contains("vbox");
            assertThat(f.recommendation()).isNotBlank();
        });
    }

    @Nested
    class Hypervisor {
        @Test
        void hostedHypervisorCarryingOnlyLowCriticalityWorkIsFine() {
            TestDatacenter t = TestDatacenter.esxi();
            Host vbox = t.host("vbox", h -> h.hypervisor(Hypervisors.VIRTUALBOX));
            t.workload("test", vbox, w -> w.criticality(Criticality.LOW));
            assertThat(subjects(t, "HYP-001")).isEmpty();
        }

        @Test
        void clusterMixingFamiliesIsFlagged() {
            TestDatacenter t = TestDatacenter.esxi();
            t.host("esxi");
            t.host("xen", h -> h.hypervisor(Hypervisors.XEN));
            t.host("other", h -> h.hypervisor(Hypervisors.XEN).cluster("c2"));
            assertThat(subjects(t, "HYP-002")).containsExactly("cluster c1");
        }

        @Test
        void clusterOfOneFamilyIsFine() {
            TestDatacenter t = TestDatacenter.esxi();
            t.host("a");
            t.host("b", h -> h.hypervisor(Hypervisors.FULL_ONLY));
            assertThat(subjects(t, "HYP-002")).isEmpty();
        }

        @Test
        void fullyVirtualisedLinuxGuestOnAParavirtualisingHypervisorIsAnOpportunity() {
            TestDatacenter t = TestDatacenter.esxi();
            Host esxi = t.host("esxi");
            t.workload("web", esxi, w -> w.virtualization(VirtualizationMode.FULL).os("Ubuntu 22.04"));
            t.workload("web2", esxi, w -> w.virtualization(VirtualizationMode.FULL).os("rhel9"));
            assertThat(findings(t, "HYP-003")).singleElement()
                    .satisfies(f -> assertThat(f.message()).startsWith("2 guest(s)"));
        }

        @Test
        void guestsFreeToRunParavirtualisedTooOldForItOrOnAFullOnlyHypervisorAreFine() {
            TestDatacenter t = TestDatacenter.esxi();
            Host esxi = t.host("esxi");
            Host full = t.host("full", h -> h.hypervisor(Hypervisors.FULL_ONLY));
            t.workload("any", esxi);
            t.workload("old", esxi, w -> w.virtualization(VirtualizationMode.FULL).os("Windows Server 2008 R2"));
            t.workload("old2", esxi, w -> w.virtualization(VirtualizationMode.FULL).os("CentOS 6"));
            t.workload("legacy", full, w -> w.virtualization(VirtualizationMode.FULL));
            assertThat(subjects(t, "HYP-003")).isEmpty();
        }

        @Test
        void desktopsBesideCriticalServersOnAMonolithicHypervisorAreFlagged() {
            TestDatacenter t = TestDatacenter.esxi();
            Host esxi = t.host("esxi");
            t.workload("desk", esxi, w -> w.kind(WorkloadKind.VDI));
            t.workload("db", esxi, w -> w.criticality(Criticality.HIGH));
            assertThat(subjects(t, "HYP-004")).containsExactly("host esxi");
        }

        @Test
        void desktopsBesideCriticalServersOnAMicrokernelHypervisorAreFine() {
            TestDatacenter t = TestDatacenter.esxi();
            Host xen = t.host("xen", h -> h.hypervisor(Hypervisors.XEN));
            t.workload("desk", xen, w -> w.kind(WorkloadKind.VDI));
            t.workload("db", xen, w -> w.criticality(Criticality.HIGH));
            assertThat(subjects(t, "HYP-004")).isEmpty();
        }
    }

    @Nested
    class Network {
        @Test
        void heavyTrafficBetweenTwoHostsIsFlagged() {
            TestDatacenter t = TestDatacenter.esxi();
            Workload a = t.workload("a", t.host("h1"));
            Workload b = t.workload("b", t.host("h2"));
            t.flow(a, b, 600);
            assertThat(findings(t, "NET-001")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("flow a → b");
                assertThat(f.message()).contains("600 Mbit/s").contains("SAME_RACK");
            });
        }

        @Test
        void heavyTrafficInsideOneHostOrLightTrafficBetweenHostsIsFine() {
            TestDatacenter t = TestDatacenter.esxi();
            Host h1 = t.host("h1");
            Workload a = t.workload("a", h1);
            Workload b = t.workload("b", h1);
            Workload c = t.workload("c", t.host("h2"));
            t.flow(a, b, 5_000);
            t.flow(a, c, 499);
            assertThat(subjects(t, "NET-001")).isEmpty();
        }

        @Test
        void trafficBetweenSitesIsFlagged() {
            TestDatacenter t = TestDatacenter.esxi();
            Rack remote = t.rack("r2", t.site("s2", 1.0, 0.10, 1_000), 10);
            Workload a = t.workload("a", t.host("h1"));
            Workload b = t.workload("b", t.host("h2", h -> h.rack(remote)));
            t.flow(a, b, 10);
            assertThat(subjects(t, "NET-002")).containsExactly("flow a → b");
        }

        @Test
        void trafficBetweenRacksOfOneSiteDoesNotCrossSites() {
            TestDatacenter t = TestDatacenter.esxi();
            Rack other = t.rack("r2", t.site, 10);
            Workload a = t.workload("a", t.host("h1"));
            Workload b = t.workload("b", t.host("h2", h -> h.rack(other)));
            t.flow(a, b, 10);
            assertThat(subjects(t, "NET-002")).isEmpty();
        }

        @Test
        void nicNearSaturationIsFlagged() {
            TestDatacenter t = TestDatacenter.esxi();
            Workload a = t.workload("a", t.host("slow", h -> h.model(HostModels.dual16("m1g", "Intel", 1))));
            Workload b = t.workload("b", t.host("fast"));
            t.flow(a, b, 850);
            assertThat(findings(t, "NET-003")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("host slow");
                assertThat(f.message()).contains("85 %");
            });
        }

        @Test
        void nicWithRoomIsFine() {
            TestDatacenter t = TestDatacenter.esxi();
            Workload a = t.workload("a", t.host("h1"));
            Workload b = t.workload("b", t.host("h2"));
            t.flow(a, b, 850);
            assertThat(subjects(t, "NET-003")).isEmpty();
        }

        @Test
        void vdiPoolBeyondHalfTheHostNicIsFlagged() {
            TestDatacenter t = TestDatacenter.esxi();
            Host slow = t.host("slow", h -> h.model(HostModels.dual16("m1g", "Intel", 1)));
            for (int i = 0; i < 51; i++) {
                t.workload("d" + i, slow, w -> w.kind(WorkloadKind.VDI).cpuGhz(0.1).memoryGib(2));
            }
            assertThat(subjects(t, "NET-004")).containsExactly("host slow");
        }

        @Test
        void vdiPoolWithinHalfTheHostNicIsFine() {
            TestDatacenter t = TestDatacenter.esxi();
            Host slow = t.host("slow", h -> h.model(HostModels.dual16("m1g", "Intel", 1)));
            for (int i = 0; i < 50; i++) {
                t.workload("d" + i, slow, w -> w.kind(WorkloadKind.VDI).cpuGhz(0.1).memoryGib(2));
            }
            assertThat(subjects(t, "NET-004")).isEmpty();
        }

        @Test
        void vdiPoolBeyondTheRackUplinkIsFlaggedAtOneDesktopOver() {
            TestDatacenter full = TestDatacenter.esxi();
            vdiDesktops(full, 4_000);
            assertThat(subjects(full, "NET-005")).isEmpty();

            TestDatacenter over = TestDatacenter.esxi();
            vdiDesktops(over, 4_001);
            assertThat(subjects(over, "NET-005")).containsExactly("rack r1");
        }

        private void vdiDesktops(TestDatacenter t, int count) {
            Host[] hosts = new Host[10];
            for (int h = 0; h < hosts.length; h++) {
                hosts[h] = t.host("h" + h);
            }
            for (int i = 0; i < count; i++) {
                t.workload("d" + i, hosts[i % hosts.length], w -> w.kind(WorkloadKind.VDI).cpuGhz(0.01).memoryGib(1));
            }
        }
    }

    @Nested
    class Redundancy {
        @Test
        void groupInOneRackWhileAnotherRackIsAvailableIsFlagged() {
            TestDatacenter t = TestDatacenter.esxi();
            t.host("spare", h -> h.rack(t.rack("r2", t.site, 10)));
            t.workload("web1", t.host("h1"), w -> w.group("web").spread(SpreadScope.HOST));
            t.workload("web2", t.host("h2"), w -> w.group("web").spread(SpreadScope.HOST));
            assertThat(subjects(t, "RED-001")).containsExactly("group web");
        }

        @Test
        void groupOverTwoRacksOrWithOnlyOneRackAvailableIsFine() {
            TestDatacenter spread = TestDatacenter.esxi();
            Rack r2 = spread.rack("r2", spread.site, 10);
            spread.workload("web1", spread.host("h1"), w -> w.group("web").spread(SpreadScope.RACK));
            spread.workload("web2", spread.host("h2", h -> h.rack(r2)), w -> w.group("web").spread(SpreadScope.RACK));
            assertThat(subjects(spread, "RED-001")).isEmpty();

            TestDatacenter oneRack = TestDatacenter.esxi();
            oneRack.workload("web1", oneRack.host("h1"), w -> w.group("web").spread(SpreadScope.HOST));
            oneRack.workload("web2", oneRack.host("h2"), w -> w.group("web").spread(SpreadScope.HOST));
            assertThat(subjects(oneRack, "RED-001")).isEmpty();
        }

        @Test
        void groupAtOneSiteWhileAnotherSiteIsAvailableIsFlagged() {
            TestDatacenter t = TestDatacenter.esxi();
            Rack r1b = t.rack("r1b", t.site, 10);
            t.host("remote", h -> h.rack(t.rack("r2", t.site("s2", 1.0, 0.10, 1_000), 10)));
            t.workload("web1", t.host("h1"), w -> w.group("web").spread(SpreadScope.RACK));
            t.workload("web2", t.host("h2", h -> h.rack(r1b)), w -> w.group("web").spread(SpreadScope.RACK));
            assertThat(subjects(t, "RED-002")).containsExactly("group web");
            assertThat(subjects(t, "RED-001")).isEmpty();
        }

        @Test
        void groupOverTwoSitesIsFine() {
            TestDatacenter t = TestDatacenter.esxi();
            Rack remote = t.rack("r2", t.site("s2", 1.0, 0.10, 1_000), 10);
            t.workload("web1", t.host("h1"), w -> w.group("web").spread(SpreadScope.SITE));
            t.workload("web2", t.host("h2", h -> h.rack(remote)), w -> w.group("web").spread(SpreadScope.SITE));
            assertThat(subjects(t, "RED-002")).isEmpty();
        }

        @Test
        void clusterThatCannotLoseItsLargestHostIsFlaggedUnderNPlusOne() {
            TestDatacenter t = clusterCarrying(70);
            t.policy(Policy.builder().failover(FailoverPolicy.N_PLUS_1).build());
            assertThat(findings(t, "RED-003")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("cluster c1");
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                // 2 × 64 − 64 − 70 / 0.97: the host CPU seven 10 GHz guests cost with ESXi's 3 % paravirtualised overhead
                assertThat(f.message()).contains("-8.2 GHz");
            });
        }

        @Test
        void clusterWithItsReserveOrWithoutAReservePolicyIsFine() {
            TestDatacenter withReserve = clusterCarrying(60);
            withReserve.policy(Policy.builder().failover(FailoverPolicy.N_PLUS_1).build());
            assertThat(subjects(withReserve, "RED-003")).isEmpty();

            assertThat(subjects(clusterCarrying(70), "RED-003")).isEmpty();
        }

        /** Two 64 GHz hosts in cluster c1 carrying {@code ghz} of CPU demand in 10 GHz workloads. */
        private TestDatacenter clusterCarrying(double ghz) {
            TestDatacenter t = TestDatacenter.esxi();
            Host[] hosts = {t.host("h1"), t.host("h2")};
            for (int i = 0; i < ghz / 10; i++) {
                t.workload("w" + i, hosts[i % 2], w -> w.cpuGhz(10));
            }
            return t;
        }
    }

    @Nested
    class Migration {
        @Test
        void moveAcrossHypervisorFamiliesNeedsAColdMigration() {
            TestDatacenter t = TestDatacenter.esxi();
            Host xen = t.host("xen", h -> h.hypervisor(Hypervisors.XEN));
            t.place(t.workload("app", t.host("esxi")), xen);
            assertThat(findings(t, "MIG-001")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("workload app");
                assertThat(f.message()).contains("esxi").contains("xen").contains("cold");
            });
        }

        @Test
        void containerMovingToAnotherRuntimeRestartsRatherThanMigrates() {
            TestDatacenter t = TestDatacenter.esxi();
            Host other = t.host("other", h -> h.hypervisor(Hypervisors.CONTAINERD));
            Host runtime = t.host("runtime", h -> h.hypervisor(Hypervisors.CONTAINERD));
            t.place(t.workload("pod", runtime, w -> w.kind(WorkloadKind.CONTAINER)), other);
            assertThat(subjects(t, "MIG-001")).isEmpty();
        }

        @Test
        void moveWithinOneFamilyAndVendorIsLive() {
            TestDatacenter t = TestDatacenter.esxi();
            Host twin = t.host("twin");
            t.place(t.workload("app", t.host("esxi")), twin);
            t.workload("stays", twin);
            assertThat(subjects(t, "MIG-001")).isEmpty();
        }

        @Test
        void largeMemoryMoveOverTenGigabitTakesLong() {
            TestDatacenter t = TestDatacenter.esxi();
            Host target = t.host("target");
            t.place(t.workload("big", t.host("source"), w -> w.memoryGib(256)), target);
            assertThat(findings(t, "MIG-002")).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("220 s")); // 256 GiB × 8.59 Gbit / 10 Gbit/s
        }

        @Test
        void smallMemoryMoveIsQuick() {
            TestDatacenter t = TestDatacenter.esxi();
            Host target = t.host("target");
            t.place(t.workload("small", t.host("source"), w -> w.memoryGib(128)), target);
            assertThat(subjects(t, "MIG-002")).isEmpty();
        }

        @Test
        void planWithMovesRecommendsSnapshotsOnce() {
            TestDatacenter t = TestDatacenter.esxi();
            Host target = t.host("target");
            Host source = t.host("source");
            t.place(t.workload("a", source), target);
            t.place(t.workload("b", source), target);
            assertThat(findings(t, "MIG-003")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("plan");
                assertThat(f.message()).contains("2 workload(s)");
            });
        }

        @Test
        void planWithoutMovesNeedsNoSnapshot() {
            TestDatacenter t = TestDatacenter.esxi();
            Host source = t.host("source");
            t.workload("a", source);
            t.place(t.workload("b", source), null);
            assertThat(subjects(t, "MIG-003")).isEmpty();
        }
    }

    @Nested
    class Security {
        @Test
        void directRdpIsFlagged() {
            TestDatacenter t = TestDatacenter.esxi();
            t.workload("jump", t.host("h1"), w -> w.remoteAccess(RemoteAccess.RDP));
            assertThat(findings(t, "SEC-001")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("workload jump");
                assertThat(f.message()).contains("3389");
            });
        }

        @Test
        void workloadWithoutDirectRemoteAccessIsFine() {
            TestDatacenter t = TestDatacenter.esxi();
            t.workload("app", t.host("h1"));
            assertThat(subjects(t, "SEC-001")).isEmpty();
        }
    }

    @Nested
    class Capacity {
        private static final DemandProfile HALF_DAY = new DemandProfile("half",
                Collections.nCopies(DemandProfile.HOURS, 0.5));

        @Test
        void hostAboveTheCeilingAtPeakIsFlagged() {
            TestDatacenter t = TestDatacenter.esxi();
            t.workload("big", t.host("h1"), w -> w.cpuGhz(60));
            assertThat(findings(t, "CAP-001")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("host h1");
                assertThat(f.message()).contains("97 %").contains("80 %"); // 60 / 0.97 GHz of 64: overhead counts
            });
        }

        @Test
        void hostWhosePeakStaysUnderTheCeilingIsFine() {
            TestDatacenter t = TestDatacenter.esxi();
            t.workload("big", t.host("h1"), w -> w.cpuGhz(60).profile(HALF_DAY));
            assertThat(subjects(t, "CAP-001")).isEmpty();
        }

        @Test
        void rackNearItsPowerBudgetIsFlagged() {
            TestDatacenter t = TestDatacenter.esxi();
            Rack tight = t.rack("tight", t.site, 0.4);
            t.workload("big", t.host("h1", h -> h.rack(tight)), w -> w.cpuGhz(60)); // 387.5 W of 400 W
            assertThat(subjects(t, "CAP-002")).containsExactly("rack tight");
        }

        @Test
        void rackWithPowerToSpareIsFine() {
            TestDatacenter t = TestDatacenter.esxi();
            t.workload("big", t.host("h1"), w -> w.cpuGhz(60));
            assertThat(subjects(t, "CAP-002")).isEmpty();
        }

        @Test
        void emptyHostLeftOnIsFlagged() {
            TestDatacenter t = TestDatacenter.esxi();
            Host target = t.host("target");
            t.place(t.workload("a", t.host("freed")), target);
            assertThat(findings(t, "CAP-003")).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("host freed");
                assertThat(f.message()).contains("200 W");
            });
        }

        @Test
        void emptyHostAlreadyOffIsFine() {
            TestDatacenter t = TestDatacenter.esxi();
            t.host("off", h -> h.state(HostState.OFF));
            t.workload("a", t.host("busy"));
            assertThat(subjects(t, "CAP-003")).isEmpty();
        }
    }

    /** SIZE-001: vCPUs at 2 × what the observed peak needs, or memory at 1.5 × the peak plus a fifth. */
    @Nested
    class RightSizingRule {
        /** A use of the default 4-vCPU, 16 GiB workload; hosts have 2 GHz cores. */
        private MeasuredUse use(String workload, Double cpuPeakGhz, Double memoryPeakGib) {
            return MeasuredUse.builder().workload(workload).cpuSamples(cpuPeakGhz == null ? 0 : 288)
                    .cpuPercentileGhz(cpuPeakGhz).plannedCpuGhz(cpuPeakGhz).cpuPeakGhz(cpuPeakGhz)
                    .cpuMeanGhz(cpuPeakGhz).memoryGib(memoryPeakGib).memoryPeakGib(memoryPeakGib).configuredVcpus(4)
                    .configuredMemoryGib(16).daySlotMinutes(5).dayCpuGhz(null).build();
        }

        private Review review(TestDatacenter t, MeasuredUse... uses) {
            return ReviewRules.review(rules, t.inventory(), t.plan(), MeasuredDemand.of("h.csv", "CPU p95",
                    List.of(uses)));
        }

        @Test
        void suggestsTheVcpusThatRunThePeakAndThePeakMemoryWithAMarginAndSumsWhatItFrees() {
            TestDatacenter t = TestDatacenter.esxi();
            Host h = t.host("h1");
            t.workload("idle", h);
            t.workload("busy", h);
            // idle: peak 1.5 GHz needs 1 vCPU of 2 GHz (4 ≥ 2 × 1); 5 GiB × 1.2 = 6 GiB (16 ≥ 1.5 × 6).
            // busy: peak 7 GHz needs 4 vCPUs, as configured; 12 GiB × 1.2 = 14.4 → 15 GiB, 16 < 1.5 × 15.
            Review review = review(t, use("idle", 1.5, 5.0), use("busy", 7.0, 12.0));

            assertThat(review.rightSizings()).singleElement().satisfies(r -> {
                assertThat(r.workload()).isEqualTo("idle");
                assertThat(r.suggestedVcpus()).isEqualTo(1);
                assertThat(r.suggestedMemoryGib()).isEqualTo(6.0);
            });
            assertThat(review.vcpusFreed()).isEqualTo(3);
            assertThat(review.memoryGibFreed()).isEqualTo(10.0);
            assertThat(review.findings()).filteredOn(f -> f.ruleId().equals("SIZE-001")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.subject()).isEqualTo("workload idle");
                        assertThat(f.message()).isEqualTo("configured with 4 vCPUs and 16 GiB, it used at most "
                                + "1.50 GHz and 5.0 GiB in its history");
                        assertThat(f.recommendation()).isEqualTo("resize to 1 vCPUs and 6 GiB, freeing 3 vCPUs and "
                                + "10 GiB of memory");
                    });
        }

        @Test
        void oneOversizedDimensionKeepsTheOtherAsConfigured() {
            TestDatacenter t = TestDatacenter.esxi();
            Host h = t.host("h1");
            t.workload("cpu-only", h);
            // Peak 3.5 GHz needs 2 vCPUs: 4 ≥ 2 × 2. No memory history: memory stays.
            Review review = review(t, use("cpu-only", 3.5, null));

            assertThat(review.rightSizings()).singleElement().satisfies(r -> {
                assertThat(r.suggestedVcpus()).isEqualTo(2);
                assertThat(r.suggestedMemoryGib()).isEqualTo(16.0);
            });
            assertThat(review.memoryGibFreed()).isZero();
        }

        @Test
        void noHistoryOrAnUnplacedWorkloadGetsNoSuggestion() {
            TestDatacenter t = TestDatacenter.esxi();
            Host h = t.host("h1");
            t.workload("unmeasured", h);
            Workload away = t.workload("away", h);
            t.place(away, null);

            assertThat(review(t, use("away", 0.5, 1.0)).rightSizings()).isEmpty();
            assertThat(subjects(t, "SIZE-001")).isEmpty();
        }
    }
}

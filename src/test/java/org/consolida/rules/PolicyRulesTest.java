package org.consolida.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.consolida.inventory.Criticality;
import org.consolida.inventory.Host;
import org.consolida.inventory.HostState;
import org.consolida.inventory.Policy;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.VirtualizationMode;
import org.consolida.inventory.Workload;
import org.consolida.inventory.WorkloadKind;
import org.consolida.testkit.HostModels;
import org.consolida.testkit.Hypervisors;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each shipped policy rule, found by id: one inventory where it forbids a placement, one where it does not. */
class PolicyRulesTest {
    private static RuleBase rules;

    @BeforeAll
    static void load() {
        rules = RuleBase.load(RuleBase.DEFAULT_FOLDER);
    }

    private static List<String> forbidden(TestDatacenter inventory, String ruleId) {
        return PolicyRules.restrictions(rules, inventory.inventory()).stream()
                .filter(r -> r.ruleId().equals(ruleId))
                .map(r -> r.workload().id() + "@" + r.host().id()).toList();
    }

    @Test
    void paravirtualisedGuestIsKeptOffAHypervisorWithoutParavirtualisation() {
        TestDatacenter t = TestDatacenter.esxi();
        Host para = t.host("para");
        t.host("full", h -> h.hypervisor(Hypervisors.FULL_ONLY));
        t.workload("pv", para, w -> w.virtualization(VirtualizationMode.PARA));
        t.workload("any", para);
        assertThat(forbidden(t, "POL-001")).containsExactly("pv@full");
    }

    @Test
    void paravirtualisedGuestMayGoWhereParavirtualisationIsSupported() {
        TestDatacenter t = TestDatacenter.esxi();
        Host esxi = t.host("esxi");
        t.host("xen", h -> h.hypervisor(Hypervisors.XEN));
        t.workload("pv", esxi, w -> w.virtualization(VirtualizationMode.PARA));
        assertThat(forbidden(t, "POL-001")).isEmpty();
    }

    @Test
    void highCriticalityWorkloadIsKeptOffAHostedHypervisor() {
        TestDatacenter t = TestDatacenter.esxi();
        Host esxi = t.host("esxi");
        t.host("vbox", h -> h.hypervisor(Hypervisors.VIRTUALBOX).cluster("lab"));
        t.workload("db", esxi, w -> w.criticality(Criticality.HIGH));
        t.workload("test", esxi, w -> w.criticality(Criticality.LOW));
        t.policy(Policy.builder().allowColdMigration(true).build());
        assertThat(forbidden(t, "POL-002")).containsExactly("db@vbox");
    }

    @Test
    void normalCriticalityWorkloadMayRunOnAHostedHypervisor() {
        TestDatacenter t = TestDatacenter.esxi();
        Host vbox = t.host("vbox", h -> h.hypervisor(Hypervisors.VIRTUALBOX));
        t.workload("app", vbox);
        assertThat(forbidden(t, "POL-002")).isEmpty();
    }

    @Test
    void vdiDesktopIsKeptOffHostsBelowThePolicyNicSpeed() {
        TestDatacenter t = TestDatacenter.esxi();
        Host fast = t.host("fast");
        t.host("slow", h -> h.model(HostModels.dual16("m1g", "Intel", 1)));
        t.workload("desk", fast, w -> w.kind(WorkloadKind.VDI));
        t.workload("vm", fast);
        assertThat(forbidden(t, "POL-003")).containsExactly("desk@slow");
    }

    @Test
    void vdiDesktopMayUseASlowNicWhenThePolicyAllowsIt() {
        TestDatacenter t = TestDatacenter.esxi();
        Host fast = t.host("fast");
        t.host("slow", h -> h.model(HostModels.dual16("m1g", "Intel", 1)));
        t.workload("desk", fast, w -> w.kind(WorkloadKind.VDI));
        t.policy(Policy.builder().vdiMinNicGbps(1).build());
        assertThat(forbidden(t, "POL-003")).isEmpty();
    }

    @Test
    void workloadMayMoveOnlyWhereItCanMigrateLive() {
        TestDatacenter t = TestDatacenter.esxi();
        Host home = t.host("home");
        t.host("twin");
        t.host("xen", h -> h.hypervisor(Hypervisors.XEN));
        t.host("amd", h -> h.model(HostModels.dual16("mamd", "AMD", 10)));
        t.host("vbox", h -> h.hypervisor(Hypervisors.VIRTUALBOX));
        t.workload("app", home);
        assertThat(forbidden(t, "POL-004")).containsExactly("app@xen", "app@amd", "app@vbox");
    }

    @Test
    void workloadOnAHypervisorWithoutLiveMigrationStaysOnItsHost() {
        TestDatacenter t = TestDatacenter.esxi();
        Host home = t.host("vbox1", h -> h.hypervisor(Hypervisors.VIRTUALBOX));
        t.host("vbox2", h -> h.hypervisor(Hypervisors.VIRTUALBOX));
        t.workload("app", home);
        assertThat(forbidden(t, "POL-005")).containsExactly("app@vbox2");
        assertThat(forbidden(t, "POL-004")).isEmpty();
    }

    @Test
    void workloadOnAHypervisorWithLiveMigrationMayMoveWithinItsClass() {
        TestDatacenter t = TestDatacenter.esxi();
        Host home = t.host("esxi1");
        t.host("esxi2");
        t.workload("app", home);
        assertThat(forbidden(t, "POL-005")).isEmpty();
    }

    @Test
    void coldMigrationPolicyOrPinningLiftsTheLiveMigrationRestriction() {
        TestDatacenter t = TestDatacenter.esxi();
        Host home = t.host("home");
        t.host("xen", h -> h.hypervisor(Hypervisors.XEN));
        t.workload("pinned", home, w -> w.pinned(true));
        t.workload("new", null);
        assertThat(forbidden(t, "POL-004")).isEmpty();

        t.workload("app", home);
        assertThat(forbidden(t, "POL-004")).containsExactly("app@xen");
        t.policy(Policy.builder().allowColdMigration(true).build());
        assertThat(forbidden(t, "POL-004")).isEmpty();
    }

    @Test
    void containersAndVirtualMachinesKeepToTheirOwnPlatform() {
        TestDatacenter t = TestDatacenter.esxi();
        Host esxi = t.host("esxi");
        Host runtime = t.host("runtime", h -> h.hypervisor(Hypervisors.CONTAINERD).cluster("k8s"));
        t.workload("vm", esxi);
        t.workload("desk", esxi, w -> w.kind(WorkloadKind.VDI));
        t.workload("pod", runtime, w -> w.kind(WorkloadKind.CONTAINER));
        t.policy(Policy.builder().allowColdMigration(true).build()); // so POL-004 does not claim these pairs
        assertThat(forbidden(t, "POL-006")).containsExactly("vm@runtime", "desk@runtime", "pod@esxi");
    }

    @Test
    void workloadsOnTheirOwnPlatformAreNotRestrictedByPlatform() {
        TestDatacenter t = TestDatacenter.esxi();
        t.workload("pod", t.host("runtime", h -> h.hypervisor(Hypervisors.CONTAINERD)),
                w -> w.kind(WorkloadKind.CONTAINER));
        t.host("runtime2", h -> h.hypervisor(Hypervisors.CONTAINERD));
        assertThat(forbidden(t, "POL-006")).isEmpty();
        assertThat(forbidden(t, "POL-005")).as("containers restart, they do not migrate").isEmpty();
    }

    @Test
    void workloadOnAHostThatIsOffMovesWithoutLiveMigration() {
        TestDatacenter t = TestDatacenter.esxi();
        Host off = t.host("off", h -> h.state(HostState.OFF));
        t.host("xen", h -> h.hypervisor(Hypervisors.XEN));
        t.workload("app", off);
        assertThat(forbidden(t, "POL-004")).isEmpty();
    }

    @Test
    void aPairForbiddenByTwoRulesYieldsOneRestrictionFromTheFirstRule() {
        TestDatacenter t = TestDatacenter.esxi();
        Host esxi = t.host("esxi");
        Host vbox = t.host("vbox", h -> h.hypervisor(Hypervisors.VIRTUALBOX));
        Workload db = t.workload("db", esxi, w -> w.criticality(Criticality.HIGH)
                .virtualization(VirtualizationMode.PARA));
        List<Restriction> restrictions = PolicyRules.restrictions(rules, t.inventory());
        assertThat(restrictions).singleElement().satisfies(r -> {
            assertThat(r.workload()).isEqualTo(db);
            assertThat(r.host()).isEqualTo(vbox);
            assertThat(r.ruleId()).isEqualTo("POL-001");
            assertThat(r.reason()).contains("paravirtualisation");
        });
    }
}

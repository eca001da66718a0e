package org.consolida.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.inventory.Restriction;
import org.consolida.inventory.Workload;
import org.consolida.testkit.Hypervisors;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;

class PolicyRestrictionsTest {
    private final TestDatacenter t = TestDatacenter.esxi();
    private final Host h1 = t.host("h1");
    private final Host h2 = t.host("h2", h -> h.hypervisor(Hypervisors.XEN));
    private final Host h3 = t.host("h3", h -> h.hypervisor(Hypervisors.XEN));
    private final Workload a = t.workload("a", h1);
    private final Workload b = t.workload("b", h1);
    private final Workload c = t.workload("c", h1);
    private final Inventory inventory = t.inventory();
    private final HostClass xen = HostClass.of(inventory).get(1);

    private PolicyRestrictions restrictions() {
        return PolicyRestrictions.of(inventory, new ArrayList<>(List.of(
                new ClassRestriction("R-2", c, xen, "class"),
                new Restriction("R-1", c, h3, "pair"),
                new Restriction("R-3", a, h2, "pair"))));
    }

    private static String text(Restriction r) {
        return r.ruleId() + ":" + r.workload().id() + "@" + r.host().id();
    }

    @Test
    void classRestrictionForbidsEveryHostOfTheClassOnce() {
        PolicyRestrictions restrictions = restrictions();
        assertThat(xen.hosts()).containsExactly(h2, h3);
        assertThat(restrictions.size()).isEqualTo(3);
        assertThat(restrictions.forbids(c, h2)).isTrue();
        assertThat(restrictions.forbids(c, h1)).isFalse();
        assertThat(restrictions.forbids(b, h2)).isFalse();
    }

    @Test
    void theSmallestRuleIdGivesThePairItsReason() {
        assertThat(restrictions().restriction(c, h3)).get().extracting(Restriction::ruleId).isEqualTo("R-1");
        assertThat(restrictions().restriction(c, h2)).get().extracting(Restriction::ruleId).isEqualTo("R-2");
        assertThat(restrictions().restriction(b, h2)).isEmpty();
    }

    @Test
    void listIsOrderedByWorkloadThenHostAndRandomAccessAgreesWithIteration() {
        List<Restriction> list = restrictions().asList();
        assertThat(list).extracting(PolicyRestrictionsTest::text).containsExactly("R-3:a@h2", "R-2:c@h2", "R-1:c@h3");
        assertThat(List.of(list.get(0), list.get(1), list.get(2))).extracting(PolicyRestrictionsTest::text)
                .containsExactly("R-3:a@h2", "R-2:c@h2", "R-1:c@h3");
    }

    @Test
    void allowedHostsAreTheOthersInInventoryOrder() {
        PolicyRestrictions restrictions = restrictions();
        assertThat(restrictions.allowedHosts(c)).containsExactly(h1);
        assertThat(restrictions.allowedHosts(a)).containsExactly(h1, h3);
        assertThat(restrictions.allowedHosts(b)).containsExactly(h1, h2, h3);
    }
}

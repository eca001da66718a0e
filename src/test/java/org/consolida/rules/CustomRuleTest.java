package org.consolida.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.consolida.inventory.Host;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own rules see the plan facts as docs/rules.md describes them, boolean methods included. */
class CustomRuleTest {

    @Test
    void userRuleReadsBooleanPlanFactMethodsByPropertyName(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("review"));
        Files.writeString(dir.resolve("review/custom.drl"), """
                package custom;
                import org.consolida.inventory.*;
                import org.consolida.rules.*;

                rule "Live move"
                    @id("C-1") @severity("INFO") @category("migration")
                when
                    $move : Move( live, sameFamily, !crossSite )
                then
                    insert(Finding.of(drools, $move, "live", ""));
                end

                rule "Moved workload"
                    @id("C-2") @severity("INFO") @category("migration")
                when
                    $planned : PlannedWorkload( moved, placed )
                then
                    insert(Finding.of(drools, $planned, "moved", ""));
                end

                rule "Cluster without reserve"
                    @id("C-3") @severity("CRITICAL") @category("redundancy")
                when
                    $cluster : PlannedCluster( !holdingFailoverReserve ) // one active host: nothing to fail over to
                then
                    insert(Finding.of(drools, $cluster, "holds", ""));
                end
                """);
        TestDatacenter t = TestDatacenter.esxi();
        Host target = t.host("target");
        t.place(t.workload("app", t.host("source")), target);
        assertThat(ReviewRules.findings(RuleBase.load(dir), t.inventory(), t.plan()))
                .extracting(f -> f.ruleId() + " " + f.severity() + " " + f.subject())
                .containsExactly("C-3 CRITICAL cluster c1", "C-1 INFO workload app", "C-2 INFO workload app");
    }
}

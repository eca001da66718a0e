package org.consolida.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.consolida.generator.InventoryGenerator;
import org.consolida.inventory.Host;
import org.consolida.inventory.Inventory;
import org.consolida.testkit.Hypervisors;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped policy rules record their verdicts with {@code Restrictions.forbid(drools, …);} instead of inserting
 * millions of facts: they must forbid exactly what the rules forbade when they inserted their verdicts
 * ({@code src/test/resources/rules-insert-idiom}, the policy rules as shipped before, which also shows that rules
 * written in the old idiom still work).
 */
class RecordedRestrictionsTest {
    private static final Path INSERT_IDIOM = Path.of("src/test/resources/rules-insert-idiom");
    private static RuleBase shipped;
    private static RuleBase inserting;

    @BeforeAll
    static void load() {
        shipped = RuleBase.load(RuleBase.DEFAULT_FOLDER);
        inserting = RuleBase.load(INSERT_IDIOM);
    }

    /**
     * Generated estates: several hypervisor families and CPU vendors, a container runtime, a hosted hypervisor, a
     * hypervisor without live migration, VDI pools, pinned workloads, hosts off and in maintenance; and the same with
     * cold migration allowed (POL-004 and POL-005 off).
     */
    static Stream<Inventory> inventories() {
        Inventory large = InventoryGenerator.generate(120, 1_500, 99);
        return Stream.of(large, InventoryGenerator.generate(150, 1_200, 7),
                large.withPolicy(large.policy().toBuilder().allowColdMigration(true).build()));
    }

    private static List<String> pairs(RuleBase rules, Inventory inventory) {
        return PolicyRules.restrictions(rules, inventory).stream()
                .map(r -> r.ruleId() + " " + r.workload().id() + "@" + r.host().id() + ": " + r.reason()).toList();
    }

    private static Map<String, Long> byRule(List<String> pairs) {
        Map<String, Long> count = new TreeMap<>();
        pairs.forEach(p -> count.merge(p.substring(0, p.indexOf(' ')), 1L, Long::sum));
        return count;
    }

    @ParameterizedTest
    @MethodSource("inventories")
    void recordedVerdictsForbidWhatInsertedFactsForbade(Inventory inventory) {
        List<String> recorded = pairs(shipped, inventory);
        List<String> inserted = pairs(inserting, inventory);
        assertThat(recorded).isEqualTo(inserted);
        // Not vacuous: the estate exercises every policy rule (the migration rules only under the default policy).
        assertThat(byRule(recorded).keySet()).containsAll(inventory.policy().allowColdMigration()
                ? List.of("POL-001", "POL-002", "POL-003", "POL-006")
                : List.of("POL-001", "POL-002", "POL-003", "POL-004", "POL-005", "POL-006"));
    }

    @Test
    void restrictionsARuleMakesItselfAreCollectedBesideRecordedOnes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("policy"));
        Files.writeString(dir.resolve("policy/own.drl"), """
                package own;
                import org.consolida.inventory.*;
                import org.consolida.rules.*;

                rule "Own pair"
                    @id("OWN-1") @severity("CRITICAL") @category("test")
                when
                    $workload : Workload( id == "a" )
                    $host : Host( id == "xen1" )
                then
                    insert(new Restriction("OWN-1", $workload, $host, "made by hand"));
                end

                rule "Own class"
                    @id("OWN-2") @severity("CRITICAL") @category("test")
                when
                    $workload : Workload( id == "b" )
                    $class : HostClass( hypervisor.family == "xen" )
                then
                    insert(new ClassRestriction("OWN-2", $workload, $class, "made by hand"));
                end

                rule "Recorded and inserted"
                    @id("OWN-3") @severity("CRITICAL") @category("test")
                when
                    $workload : Workload( id == "a" )
                    $class : HostClass( hypervisor.family == "xen" )
                then
                    insert(Restrictions.forbid(drools, $workload, $class, "both"));
                end
                """);
        TestDatacenter t = TestDatacenter.esxi();
        Host esxi = t.host("esxi");
        t.host("xen1", h -> h.hypervisor(Hypervisors.XEN));
        t.host("xen2", h -> h.hypervisor(Hypervisors.XEN));
        t.workload("a", esxi);
        t.workload("b", esxi);
        t.policy(t.policy().toBuilder().allowColdMigration(true).build());
        PolicyRestrictions restrictions = PolicyRules.apply(RuleBase.load(dir), t.inventory());
        assertThat(restrictions.asList()).extracting(r -> r.ruleId() + " " + r.workload().id() + "@" + r.host().id())
                .containsExactly("OWN-1 a@xen1", "OWN-3 a@xen2", "OWN-2 b@xen1", "OWN-2 b@xen2");
        assertThat(restrictions.size()).isEqualTo(4);
    }
}

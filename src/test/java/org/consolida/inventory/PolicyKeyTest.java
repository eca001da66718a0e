package org.consolida.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The key table and the {@link Policy} record must describe the same keys: these tests fail when they drift apart. */
class PolicyKeyTest {
    /** Every key away from its default. */
    private static final Policy OTHER = Policy.builder().cpuOvercommit(2).memoryOvercommit(1.5).maxUtilization(0.6)
                .failover(FailoverPolicy.N_PLUS_1).currency("USD").rackUnitCostPerYear(1).migrationCostPerGib(2)
                .trafficCostHost(3).trafficCostRack(4).trafficCostSite(6).headroomCostPerPct(7).vdiMinNicGbps(8)
                .allowColdMigration(true).throughputTarget(0.5).build();

    @Test
    void everyRecordComponentIsAKeyInTheSameOrder() {
        List<String> components = Arrays.stream(Policy.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();
        assertThat(Arrays.stream(PolicyKey.values()).map(PolicyKey::component).toList()).isEqualTo(components);
    }

    @Test
    void eachKeyReadsItsOwnComponent() throws ReflectiveOperationException {
        Policy changed = OTHER;
        for (RecordComponent component : Policy.class.getRecordComponents()) {
            PolicyKey key = PolicyKey.byComponent(component.getName()).orElseThrow();
            assertThat(key.valueOf(changed)).as(key.key()).isEqualTo(component.getAccessor().invoke(changed));
            assertThat(key.valueOf(changed)).as(key.key()).isNotEqualTo(key.valueOf(Policy.defaults()));
        }
    }

    @Test
    void setStoresEachKeyInItsOwnComponent() {
        for (PolicyKey key : PolicyKey.values()) {
            Object other = key.valueOf(OTHER);
            Policy policy = Policy.builder().set(key, other).build();
            for (PolicyKey each : PolicyKey.values()) {
                assertThat(each.valueOf(policy)).as(key + " → " + each)
                        .isEqualTo(each == key ? other : each.defaultValue());
            }
        }
    }

    @Test
    void eachNumberIsCheckedAtTheEdgesOfItsRange() {
        for (PolicyKey key : PolicyKey.values()) {
            if (key.min() == null) {
                continue;
            }
            assertThat(Policy.builder().set(key, key.min()).build()).isNotNull();
            assertThatThrownBy(() -> Policy.builder().set(key, Math.nextDown(key.min())).build())
                    .as(key.key()).hasMessageStartingWith(key.key() + " must be");
            if (key.max() != null) {
                assertThat(Policy.builder().set(key, key.max()).build()).isNotNull();
                assertThatThrownBy(() -> Policy.builder().set(key, Math.nextUp(key.max())).build())
                        .as(key.key()).hasMessageStartingWith(key.key() + " must be");
            }
        }
    }

    @Test
    void namesLookUpBothWays() {
        assertThat(PolicyKey.byKey("rack_unit_cost_per_year")).contains(PolicyKey.RACK_UNIT_COST_PER_YEAR);
        assertThat(PolicyKey.byComponent("rackUnitCostPerYear")).contains(PolicyKey.RACK_UNIT_COST_PER_YEAR);
        assertThat(PolicyKey.byKey("cpuOvercommit")).isEmpty();
        assertThat(PolicyKey.FAILOVER.choices()).containsExactly(FailoverPolicy.NONE, FailoverPolicy.N_PLUS_1);
        assertThat(PolicyKey.CPU_OVERCOMMIT.choices()).isEmpty();
    }
}

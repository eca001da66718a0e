package org.consolida.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolicyTest {
    @Test
    void defaultsAreTheFiguresAnInventoryWithoutAPolicySheetPlansWith() {
        assertThat(Policy.defaults()).isEqualTo(
                new Policy(1.0, 1.0, 0.8, FailoverPolicy.NONE, "EUR", 120, 0.5, 2, 5, 20, 50, 10, false, 0.99));
        assertThat(Policy.builder().build()).isEqualTo(Policy.defaults());
    }

    @Test
    void builderSetsEveryKeyByItsTypedSetter() {
        Policy built = Policy.builder().cpuOvercommit(1.25).memoryOvercommit(1).maxUtilization(0.7)
                .failover(FailoverPolicy.N_PLUS_1).currency("USD").rackUnitCostPerYear(99.5).migrationCostPerGib(0.1)
                .trafficCostHost(1).trafficCostRack(2).trafficCostSite(3).headroomCostPerPct(4).vdiMinNicGbps(25)
                .allowColdMigration(true).throughputTarget(0.95).build();
        assertThat(built).isEqualTo(
                new Policy(1.25, 1, 0.7, FailoverPolicy.N_PLUS_1, "USD", 99.5, 0.1, 1, 2, 3, 4, 25, true, 0.95));
    }

    @Test
    void toBuilderChangesOneKeyAndKeepsTheRest() {
        Policy strict = Policy.builder().failover(FailoverPolicy.N_PLUS_1).currency("CHF").build();
        Policy changed = strict.toBuilder().cpuOvercommit(3).build();
        assertThat(changed.cpuOvercommit()).isEqualTo(3);
        assertThat(changed.failover()).isEqualTo(FailoverPolicy.N_PLUS_1);
        assertThat(changed.currency()).isEqualTo("CHF");
        assertThat(strict.toBuilder().build()).isEqualTo(strict);
    }

    @Test
    void setTakesAnyNumberForANumberKeyAndRejectsAValueOfTheWrongType() {
        Policy seven = Policy.builder().set(PolicyKey.HEADROOM_COST_PER_PCT, 7).build();
        assertThat(seven.headroomCostPerPct()).isEqualTo(7.0);
        assertThatThrownBy(() -> Policy.builder().set(PolicyKey.FAILOVER, "n+1"))
                .hasMessage("failover takes a FailoverPolicy, was n+1");
        assertThatThrownBy(() -> Policy.builder().set(PolicyKey.ALLOW_COLD_MIGRATION, 1))
                .hasMessage("allow_cold_migration takes a Boolean, was 1");
    }

    @Test
    void theRecordChecksEachKeyAgainstItsRangeAndNamesTheKey() {
        assertThatThrownBy(() -> Policy.builder().cpuOvercommit(25).build())
                .hasMessage("cpu_overcommit must be between 0.1 and 20.0, was 25.0");
        assertThatThrownBy(() -> Policy.builder().trafficCostSite(-1).build())
                .hasMessage("traffic_cost_site must be between 0.0 and 10000.0, was -1.0");
        assertThatThrownBy(() -> Policy.builder().currency(" ").build()).hasMessage("currency must not be blank");
    }
}

package org.consolida.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ShardTest {
    private static final Map<String, String> NO_INDEX = Map.of();

    private static Scenario scenario(String name) {
        return Scenario.builder().name(name).inventory(Path.of("x.xlsx")).build();
    }

    private static List<String> names(List<Scenario> scenarios) {
        return scenarios.stream().map(Scenario::name).toList();
    }

    @Test
    void readsIOfNCountingFromOne() {
        assertThat(Shard.parse("1/2", NO_INDEX)).isEqualTo(new Shard(1, 2));
        assertThat(Shard.parse(" 2/2 ", NO_INDEX)).isEqualTo(new Shard(2, 2));
    }

    @Test
    void aCountAloneTakesTheZeroBasedIndexOfAKubernetesIndexedJob() {
        assertThat(Shard.parse("2", Map.of(Shard.INDEX_VARIABLE, "0"))).isEqualTo(new Shard(1, 2));
        assertThat(Shard.parse("2", Map.of(Shard.INDEX_VARIABLE, "1"))).isEqualTo(new Shard(2, 2));
    }

    @Test
    void rejectsShardsThatDoNotExistSayingHowToCount() {
        assertThatThrownBy(() -> Shard.parse("3/2", NO_INDEX)).hasMessageContaining("I is 1 to 2");
        assertThatThrownBy(() -> Shard.parse("0/2", NO_INDEX)).hasMessageContaining("counts from 1");
        assertThatThrownBy(() -> Shard.parse("1/0", NO_INDEX)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Shard.parse("a/2", NO_INDEX)).hasMessageContaining("\"a\" is not a whole number");
        assertThatThrownBy(() -> Shard.parse("2", NO_INDEX))
                .hasMessageContaining("write --shard I/2").hasMessageContaining(Shard.INDEX_VARIABLE);
        assertThatThrownBy(() -> Shard.parse("2", Map.of(Shard.INDEX_VARIABLE, "2")))
                .hasMessageContaining(Shard.INDEX_VARIABLE + "=2 is not an index of 2 shards (0 to 1)");
        assertThatThrownBy(() -> Shard.parse("2", Map.of(Shard.INDEX_VARIABLE, "one")))
                .hasMessageContaining("is not a whole number");
    }

    @Test
    void theShardsSplitEveryScenarioOnceEvenlyWhateverTheManifestOrder() {
        List<Scenario> scenarios = new ArrayList<>(IntStream.rangeClosed(1, 7).mapToObj(i -> scenario("s" + i)).toList());
        List<List<String>> shards = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            shards.add(names(new Shard(i, 3).select(scenarios)));
        }
        Set<String> seen = new HashSet<>();
        shards.forEach(shard -> shard.forEach(name -> assertThat(seen.add(name)).as(name + " in one shard").isTrue()));
        assertThat(seen).hasSize(7);
        assertThat(shards).extracting(List::size).containsExactly(3, 2, 2);

        Collections.reverse(scenarios);
        for (int i = 1; i <= 3; i++) {
            assertThat(names(new Shard(i, 3).select(scenarios))).containsExactlyInAnyOrderElementsOf(shards.get(i - 1));
        }
    }

    @Test
    void moreShardsThanScenariosLeavesSomeEmpty() {
        List<Scenario> two = List.of(scenario("b"), scenario("a"));
        assertThat(names(new Shard(1, 3).select(two))).containsExactly("a");
        assertThat(names(new Shard(2, 3).select(two))).containsExactly("b");
        assertThat(new Shard(3, 3).select(two)).isEmpty();
    }
}

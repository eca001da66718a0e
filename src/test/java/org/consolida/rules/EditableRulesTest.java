package org.consolida.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.consolida.inventory.Workload;
import org.consolida.testkit.TestDatacenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users change rules by editing DRL files; the next load sees the change without any rebuild. */
class EditableRulesTest {

    @Test
    void editingAThresholdInACopiedRulesFolderChangesTheNextReview(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("rules");
        copyFolder(RuleBase.DEFAULT_FOLDER, copy);
        TestDatacenter t = TestDatacenter.esxi();
        Workload a = t.workload("a", t.host("h1"));
        Workload b = t.workload("b", t.host("h2"));
        t.flow(a, b, 100);

        assertThat(net001(RuleBase.load(copy), t)).isZero();

        Path network = copy.resolve("review/network.drl");
        String text = Files.readString(network);
        assertThat(text).contains("mbps >= 500");
        Files.writeString(network, text.replace("mbps >= 500", "mbps >= 50"));

        assertThat(net001(RuleBase.load(copy), t)).isOne();
    }

    private static long net001(RuleBase rules, TestDatacenter t) {
        return ReviewRules.findings(rules, t.inventory(), t.plan()).stream()
                .filter(f -> f.ruleId().equals("NET-001")).count();
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}

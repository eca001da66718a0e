package org.consolida.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;
import org.consolida.io.Inventories;
import org.consolida.io.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON problems are located by path, as Excel problems are by cell. */
class JsonInventoryReaderTest {
    @TempDir
    Path dir;

    private ObjectNode example() throws IOException {
        Path json = dir.resolve("example.json");
        Inventories.write(Template.exampleInventory(), json);
        return (ObjectNode) new ObjectMapper().readTree(json.toFile());
    }

    private Path write(ObjectNode root) throws IOException {
        Path file = dir.resolve("broken.json");
        new ObjectMapper().writeValue(file.toFile(), root);
        return file;
    }

    @Test
    void locatesABadValueByItsPath() throws IOException {
        ObjectNode root = example();
        ((ObjectNode) root.get("workloads").get(1)).put("memory_gib", "abc");
        ((ObjectNode) root.get("policy")).put("max_utilization", 3);
        Path file = write(root);

        assertThatThrownBy(() -> Inventories.read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                file + ": workloads[1].memory_gib: memory_gib \"abc\" is not a number",
                                file + ": policy.max_utilization: max_utilization 3 is out of range; it must be "
                                        + "0.05 to 1"));
    }

    @Test
    void acceptsBooleansForYesNoAndLeavesOutOptionalKeys() throws IOException {
        ObjectNode root = example();
        ObjectNode web = (ObjectNode) root.get("workloads").get(0);
        web.put("pinned", true);
        web.remove("os");

        var inventory = Inventories.read(write(root));

        assertThat(inventory.workload("web-01").pinned()).isTrue();
        assertThat(inventory.workload("web-01").os()).isEmpty();
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\n  \"sites\": [\n    {\"site\": }\n  ]\n}\n");

        assertThatThrownBy(() -> Inventories.read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).where())
                        .isEqualTo("line 3, column 14 (/sites/0/site)"));
    }

    @Test
    void reportsAMissingSectionByItsKey() throws IOException {
        ObjectNode root = example();
        root.remove("hosts");
        Path file = write(root);

        assertThatThrownBy(() -> Inventories.read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(file + ": hosts: missing; add an array "
                                + "\"hosts\" of objects with the keys host, model, rack, hypervisor"));
    }
}

package org.consolida.roadef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.consolida.inventory.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoadefFilesTest {
    @Test
    void readsEveryFieldOfTheModel() {
        RoadefInstance instance = TinyInstance.instance();
        assertThat(instance.resourceCount()).isEqualTo(2);
        assertThat(instance.transientResource).containsExactly(true, false);
        assertThat(instance.capacity(2, 1)).isEqualTo(20);
        assertThat(instance.safetyCapacity(2, 1)).isEqualTo(16);
        assertThat(instance.machineMoveCost(1, 2)).isEqualTo(3);
        assertThat(instance.dependsOn[1]).containsExactly(0);
        assertThat(instance.requirement(2, 0)).isEqualTo(4);
        assertThat(instance.processMoveCost[3]).isEqualTo(1);
        assertThat(instance.balanceTarget[0]).isEqualTo(2);
        assertThat(instance.weightMachineMoveCost).isEqualTo(100);
        assertThat(instance.locationCount).isEqualTo(2);
    }

    @Test
    void rejectsATruncatedModelWithTheLineOfTheMissingToken() {
        String truncated = TinyInstance.MODEL.substring(0, TinyInstance.MODEL.indexOf("1 10 100"));
        assertThatThrownBy(() -> RoadefFiles.parseModel("tiny", truncated))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tiny: line 19, token")
                .hasMessageContaining("expected weightProcessMoveCost, found the end of the file");
    }

    @Test
    void rejectsANonNumberWithItsLineAndToken() {
        String bad = TinyInstance.MODEL.replace("0 3 4 6", "0 3 x4 6");
        assertThatThrownBy(() -> RoadefFiles.parseModel("tiny", bad))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tiny: line 14, token 49: process 1 requirement of resource 1 \"x4\" is not a "
                        + "non-negative integer");
    }

    @Test
    void rejectsAServiceIdOutOfRange() {
        String bad = TinyInstance.MODEL.replace("2 5 5 1", "7 5 5 1");
        assertThatThrownBy(() -> RoadefFiles.parseModel("tiny", bad))
                .hasMessageContaining("line 16, token 55").hasMessageContaining("process 3 service 7 is out of range; expected 0 to 2");
    }

    @Test
    void rejectsTrailingTokensAfterTheModel() {
        assertThatThrownBy(() -> RoadefFiles.parseModel("tiny", TinyInstance.MODEL + "9\n"))
                .hasMessageContaining("unexpected \"9\" after weightMachineMoveCost");
    }

    @Test
    void rejectsAnAssignmentWithAMachineThatDoesNotExist() {
        assertThatThrownBy(() -> RoadefFiles.parseAssignment("a", "0 1 3 2", TinyInstance.instance()))
                .hasMessageContaining("a: line 1, token 3: the machine of process 2 (of 4) 3 is out of range");
    }

    @Test
    void rejectsAnAssignmentWithTooFewProcesses() {
        assertThatThrownBy(() -> RoadefFiles.parseAssignment("a", "0 1 0", TinyInstance.instance()))
                .hasMessageContaining("expected the machine of process 3 (of 4), found the end of the file");
    }

    @Test
    void writtenSolutionReadsBackTheSame(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("solution.txt");
        RoadefFiles.writeSolution(file, new int[] {2, 0, 1, 2});
        assertThat(RoadefFiles.readAssignment(file, TinyInstance.instance())).containsExactly(2, 0, 1, 2);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }
}

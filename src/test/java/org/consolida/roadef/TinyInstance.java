package org.consolida.roadef;

/**
 * A hand-sized instance in the challenge's format, for penalties computed by hand. Three machines, two resources
 * (r0 transient, load weight 10; r1, load weight 1), three services, four processes, one balance objective.
 * <pre>
 * machine  neighborhood location capacity safety  move cost to m0 m1 m2
 * m0       0            0        10 10    8 8                  0  1  2
 * m1       0            1        10 10    8 8                  1  0  3
 * m2       1            1        10 20    8 16                 2  3  0
 * service s0: spreadMin 2; s1: spreadMin 1, depends on s0; s2: spreadMin 1
 * process  service requirement moveCost  original machine
 * p0       s0      3 4         5         m0
 * p1       s0      3 4         6         m1
 * p2       s1      4 2         7         m0
 * p3       s2      5 5         1         m2
 * balance: 2 × free r0 − free r1, weight 3; move weights: process 1, service 10, machine 100
 * </pre>
 * The original is feasible; its only cost is balance: m0 2·3−4 = 2, m1 2·7−6 = 8, m2 2·5−15 &lt; 0, so 3 × 10 = 30.
 */
final class TinyInstance {
    static final String MODEL = """
            2
            1 10
            0 1
            3
            0 0 10 10 8 8 0 1 2
            0 1 10 10 8 8 1 0 3
            1 1 10 20 8 16 2 3 0
            3
            2 0
            1 1 0
            1 0
            4
            0 3 4 5
            0 3 4 6
            1 4 2 7
            2 5 5 1
            1
            0 1 2 3
            1 10 100
            """;
    static final int[] ORIGINAL = {0, 1, 0, 2};

    private TinyInstance() {
    }

    static RoadefInstance instance() {
        return RoadefFiles.parseModel("tiny", MODEL);
    }

    /** The tiny instance with processes p0..p3 on the machines given. */
    static MachineReassignment solution(int... machineOf) {
        return MachineReassignment.of(instance(), ORIGINAL, machineOf);
    }
}

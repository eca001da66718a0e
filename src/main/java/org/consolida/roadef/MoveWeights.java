package org.consolida.roadef;

/** The weights of the three move costs, read from the model file. */
public record MoveWeights(long processMove, long serviceMove, long machineMove) {
}

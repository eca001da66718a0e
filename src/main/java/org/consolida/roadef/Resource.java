package org.consolida.roadef;

/** A resource dimension; a transient one stays occupied on a process's original machine while it moves. */
public record Resource(int index, boolean isTransient, long weightLoadCost) {
    @Override
    public String toString() {
        return "resource " + index;
    }
}

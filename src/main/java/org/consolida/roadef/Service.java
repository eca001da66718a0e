package org.consolida.roadef;

/** A service: its processes run on distinct machines spread over at least {@code spreadMin} locations. */
public record Service(int index, int spreadMin) {
    @Override
    public String toString() {
        return "service " + index;
    }
}

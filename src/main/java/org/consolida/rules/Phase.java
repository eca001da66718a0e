package org.consolida.rules;

/**
 * When a rule runs: {@code policy} rules on the inventory before the search (they insert restrictions), {@code review}
 * rules on the finished plan (they insert findings). A rule's phase is the top folder its file lives in.
 */
public enum Phase {
    POLICY("policy"), REVIEW("review");

    private final String folder;

    Phase(String folder) {
        this.folder = folder;
    }

    /** The folder under the rules folder that holds this phase's DRL files. */
    public String folder() {
        return folder;
    }
}

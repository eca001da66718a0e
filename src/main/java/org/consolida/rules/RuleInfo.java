package org.consolida.rules;

/**
 * One compiled rule as {@code rules check} lists it: its metadata, its name, the phase it runs in and the file it comes
 * from (relative to the rules folder as the user gave it), with the line its {@code rule} keyword stands on.
 */
public record RuleInfo(String id, Severity severity, String category, String name, Phase phase, String file, int line) {
    /** {@code rules/review/network.drl:12}, for messages. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}

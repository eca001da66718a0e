package org.consolida.rules;

import java.util.Locale;

import org.kie.api.definition.rule.Rule;

/** A rule's {@code @id}, {@code @severity} and {@code @category}, read from the compiled rule. */
record RuleMetadata(String id, Severity severity, String category) {
    static final String ID = "id";
    static final String SEVERITY = "severity";
    static final String CATEGORY = "category";

    static RuleMetadata of(Rule rule) {
        // The loader has checked every rule's metadata, so these are present and valid here.
        return new RuleMetadata(text(rule.getMetaData().get(ID)),
                Severity.valueOf(text(rule.getMetaData().get(SEVERITY)).toUpperCase(Locale.ROOT)),
                text(rule.getMetaData().get(CATEGORY)));
    }

    /** Metadata values as text, without the quotes some Drools versions keep. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.strip();
    }
}

package org.consolida.io;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.consolida.inventory.Policy;
import org.consolida.inventory.PolicyKey;
import org.consolida.inventory.Problem;

/**
 * The Policy sheet (key and value rows) read into a {@link Policy}; a key left out keeps its default. The one reading
 * of a Policy sheet: the template, JSON and an RVTools catalog.
 */
public final class PolicyRows {
    private PolicyRows() {
    }

    /** The policy, or the defaults when the sheet is absent or has problems (which are added to {@code problems}). */
    public static Policy read(String file, RawSheet sheet, List<Problem> problems) {
        Policy defaults = Policy.defaults();
        if (sheet == null || !sheet.present()) {
            return defaults;
        }
        Map<PolicyKey, Object> values = new EnumMap<>(PolicyKey.class);
        Map<String, String> seenAt = new HashMap<>();
        boolean failed = false;
        for (RawRow row : sheet.rows()) {
            RowValues v = new RowValues(file, sheet, row, problems);
            String key = v.text("key");
            if (key == null) {
                failed = true;
                continue;
            }
            String normalized = key.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            Column spec = InventorySchema.policyKey(normalized).orElse(null);
            if (spec == null) {
                v.error("key", "key \"" + key + "\" is not a policy key (known: " + String.join(", ",
                        InventorySchema.POLICY_KEYS.stream().map(Column::name).toList()) + ")");
                failed = true;
                continue;
            }
            String first = seenAt.putIfAbsent(normalized, v.where("key"));
            if (first != null) {
                v.error("key", "key \"" + normalized + "\" appears twice (first at " + first + "); keep one");
                failed = true;
                continue;
            }
            String text = v.raw("value");
            if (text == null) {
                continue; // a blank value keeps the default
            }
            PolicyKey policyKey = PolicyKey.byKey(normalized).orElseThrow();
            Object value = switch (policyKey.type()) {
                case YES_NO -> v.yesNo(spec, text);
                case CHOICE -> v.enumeration(spec, text, choiceType(policyKey));
                case TEXT -> text;
                case NUMBER, FRACTION -> v.number(spec, text);
            };
            failed |= v.failed();
            values.put(policyKey, value);
        }
        if (failed) {
            return defaults;
        }
        try {
            Policy.Builder policy = Policy.builder();
            values.forEach(policy::set);
            return policy.build();
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(file, sheet.where(), e.getMessage()));
            return defaults;
        }
    }

    /** The enum a choice key takes its words from. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class choiceType(PolicyKey key) {
        return key.choices()[0].getDeclaringClass();
    }
}

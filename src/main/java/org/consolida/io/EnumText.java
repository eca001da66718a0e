package org.consolida.io;

import java.util.Locale;

import org.consolida.inventory.FailoverPolicy;
import org.consolida.inventory.HypervisorType;

/** The words an inventory uses for the model's enums: "vm", "maintenance", "n+1", and "1", "2", "container" for types. */
public final class EnumText {
    private EnumText() {
    }

    public static String of(Enum<?> value) {
        if (value == HypervisorType.TYPE_1) {
            return "1";
        }
        if (value == HypervisorType.TYPE_2) {
            return "2";
        }
        if (value == FailoverPolicy.N_PLUS_1) {
            return "n+1";
        }
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant a word stands for, ignoring case and surrounding spaces, or null when none does. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(word)) {
                return constant;
            }
        }
        return null;
    }
}

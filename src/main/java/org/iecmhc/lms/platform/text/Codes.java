package org.iecmhc.lms.platform.text;

import java.util.Optional;
import java.util.function.Function;

/**
 * Codes that arrive as text (a form, a CSV cell, an address parameter) read back as the enum constant that carries
 * them, one way everywhere: case and surrounding space do not matter, anything else names no constant.
 */
public final class Codes {

    private Codes() {
    }

    /** The constant whose code is the text; empty for a missing or unknown code. */
    public static <E extends Enum<E>> Optional<E> find(E[] constants, Function<E, String> code, String text) {
        String wanted = text == null ? "" : text.trim();
        for (E constant : constants) {
            if (code.apply(constant).equalsIgnoreCase(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}

package org.iecmhc.lms.platform.counties;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.iecmhc.lms.platform.text.TypedText;

/**
 * Finds a county by its name (any case, accents and the word "County" ignored) or its FIPS code with or without
 * the state prefix: "Los Angeles", "los angeles county", "06037" and "37" all find Los Angeles. Held in memory,
 * so an import of many lines asks the database once.
 */
public final class CountyLookup {

    private static final String SUFFIX = " county";

    private final Map<String, County> byKey = new HashMap<>();

    public CountyLookup(List<County> counties) {
        for (County county : counties) {
            byKey.put(county.getFips(), county);
            byKey.put(simplify(county.getName()), county);
        }
    }

    public Optional<County> find(String nameOrFips) {
        if (nameOrFips == null || nameOrFips.isBlank()) {
            return Optional.empty();
        }
        String text = nameOrFips.trim();
        if (text.chars().allMatch(Character::isDigit)) {
            String fips = text.length() <= 3 ? "06" + "0".repeat(3 - text.length()) + text : text;
            return Optional.ofNullable(byKey.get(fips));
        }
        return Optional.ofNullable(byKey.get(simplify(text)));
    }

    /** Loops rather than regular expressions: an import simplifies the county of every line. */
    private static String simplify(String name) {
        String key = TypedText.lowerSingleSpaced(withoutAccents(name));
        return key.endsWith(SUFFIX) ? key.substring(0, key.length() - SUFFIX.length()) : key;
    }

    private static String withoutAccents(String name) {
        if (name.chars().allMatch(c -> c < 0x80)) {
            return name;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c)).forEach(plain::appendCodePoint);
        return plain.toString();
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}

package org.iecmhc.lms.platform.counties;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a county by its name (any case, accents and the word "County" ignored) or its FIPS code with or without
 * the state prefix: "Los Angeles", "los angeles county", "06037" and "37" all find Los Angeles. Held in memory,
 * so an import of many lines asks the database once.
 */
public final class CountyLookup {

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

    private static String simplify(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+county$", "").replaceAll("\\s+", " ").trim();
    }
}

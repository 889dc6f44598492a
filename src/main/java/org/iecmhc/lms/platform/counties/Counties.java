package org.iecmhc.lms.platform.counties;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The county reference list, and the lookup every form and import uses to turn typed text into a county. */
@ApplicationScoped
public class Counties {

    private EntityManager em;

    protected Counties() {
    }

    @Inject
    public Counties(EntityManager em) {
        this.em = em;
    }

    public List<County> all() {
        return em.createQuery("select c from County c order by c.name", County.class).getResultList();
    }

    /**
     * A county by its name (any case, accents and the word "County" ignored) or by its FIPS code, with or without
     * the state prefix: "Los Angeles", "los angeles county", "06037" and "037" all find Los Angeles.
     */
    public Optional<County> find(String nameOrFips) {
        return matcher().apply(nameOrFips);
    }

    /**
     * The same lookup as {@link #find} over the list read once, for imports that look up a county on every line
     * and must not query the database each time.
     */
    public Function<String, Optional<County>> matcher() {
        Map<String, County> byKey = new HashMap<>();
        for (County county : all()) {
            byKey.put(county.getFips(), county);
            byKey.put(simplify(county.getName()), county);
        }
        return nameOrFips -> Optional.ofNullable(key(nameOrFips)).map(byKey::get);
    }

    private static String key(String nameOrFips) {
        if (nameOrFips == null || nameOrFips.isBlank()) {
            return null;
        }
        String text = nameOrFips.trim();
        if (text.chars().allMatch(Character::isDigit)) {
            return text.length() <= 3 ? "06" + "0".repeat(3 - text.length()) + text : text;
        }
        return simplify(text);
    }

    static String simplify(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+county$", "").replaceAll("\\s+", " ").trim();
    }
}

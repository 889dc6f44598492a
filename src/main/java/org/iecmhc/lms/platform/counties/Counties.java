package org.iecmhc.lms.platform.counties;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        if (nameOrFips == null || nameOrFips.isBlank()) {
            return Optional.empty();
        }
        String text = nameOrFips.trim();
        if (text.chars().allMatch(Character::isDigit)) {
            String fips = text.length() <= 3 ? "06" + "0".repeat(3 - text.length()) + text : text;
            return Optional.ofNullable(em.find(County.class, fips));
        }
        String wanted = simplify(text);
        return all().stream().filter(county -> simplify(county.getName()).equals(wanted)).findFirst();
    }

    static String simplify(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+county$", "").replaceAll("\\s+", " ").trim();
    }
}

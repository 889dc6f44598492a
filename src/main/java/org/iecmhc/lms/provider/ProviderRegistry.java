package org.iecmhc.lms.provider;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.text.EmailFormat;
import org.iecmhc.lms.platform.text.TypedText;

/** Adding, changing, finding and merging child care providers. */
@ApplicationScoped
public class ProviderRegistry {

    @Inject
    EntityManager em;

    @Inject
    Counties counties;

    @Transactional
    public Provider add(ProviderDetails details) {
        Provider provider = new Provider(details, checked(details));
        em.persist(provider);
        return provider;
    }

    /**
     * A provider who joins a session or series on the spot enters the registry speaking its language; the rest of
     * their details wait for the registry page.
     */
    @Transactional
    public Provider addOnTheSpot(NewProvider provider, ServiceLanguage language) {
        return add(new ProviderDetails(provider.name(), provider.kind(), provider.countyFips(), null, null, null, null,
                null, EnumSet.of(language)));
    }

    /**
     * A program a registrant named that the registry does not know: entered unconfirmed, with what the registration
     * tells of it, for staff to confirm or merge into the entry it really is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Provider addUnconfirmed(String name, ProviderKind kind, String countyFips, ServiceLanguage language) {
        Provider provider = add(new ProviderDetails(name, kind, countyFips, null, null, null, null, null,
                EnumSet.of(language)));
        provider.unconfirmed();
        return provider;
    }

    /** Staff vouch for a registrant's program as a registry entry of its own. */
    @Transactional
    public Provider confirm(long id) {
        Provider provider = find(id).orElseThrow(() -> new InputRejected("", "provider.notFound"));
        provider.confirm();
        return provider;
    }

    /**
     * Merges a registrant's unconfirmed program into the entry it really is: every record that names it (a
     * registration, an attendance, an enrollment, a call, an assignment, a placement) moves to the kept entry, and the
     * unconfirmed one is deleted. A record the kept entry already has its own of (both attended the same session) is
     * refused, since which of the two stays is for a person to choose.
     */
    @Transactional
    public Provider merge(long mergedId, Long keptId) {
        Provider merged = find(mergedId).orElseThrow(() -> new InputRejected("", "provider.notFound"));
        if (merged.isConfirmed()) {
            throw new InputRejected("", "registration.merge.confirmed");
        }
        Provider kept = picked(keptId, "registration.merge.keptRequired");
        if (kept.getId().equals(merged.getId()) || !kept.isConfirmed()) {
            throw new InputRejected("provider", "registration.merge.keptUnconfirmed");
        }
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            entity.getSingularAttributes().stream().filter(attribute -> attribute.getJavaType() == Provider.class)
                    .forEach(attribute -> move(entity.getName(), attribute.getName(), merged, kept));
        }
        em.remove(merged);
        return kept;
    }

    /**
     * Points every record of the entity at the kept entry. Found through the metamodel, so that the registry knows no
     * feature and a feature added later is covered; the only constraint such a change can break is one record per
     * provider (in a session, a series), which tells that both took part.
     */
    private void move(String entity, String attribute, Provider merged, Provider kept) {
        try {
            em.createQuery("update " + entity + " r set r." + attribute + " = :kept where r." + attribute + " = :merged")
                    .setParameter("kept", kept).setParameter("merged", merged).executeUpdate();
        } catch (PersistenceException failed) {
            if (!brokeUniqueness(failed)) {
                throw failed;
            }
            throw new InputRejected("provider", "registration.merge.bothTookPart");
        }
    }

    private static boolean brokeUniqueness(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    @Transactional
    public Provider change(long id, long version, ProviderDetails details) {
        Provider provider = find(id).orElseThrow(() -> new InputRejected("name", "provider.notFound"));
        provider.requireVersion(version);
        provider.describe(details, checked(details));
        return provider;
    }

    @Transactional
    public void setActive(long id, boolean active) {
        find(id).ifPresent(provider -> provider.setActive(active));
    }

    /** Active providers whose name starts a word with the text, for pick lists. */
    public List<Provider> suggest(String text, int max) {
        return search(new ProviderSearch(text, null, null, null), 0, max, ProviderSort.NAME, true).stream()
                .filter(Provider::isActive).toList();
    }

    /** The provider a person picked from a list: refused at the provider field when none was picked or it is gone. */
    public Provider picked(Long id, String noneKey) {
        if (id == null) {
            throw new InputRejected("provider", noneKey);
        }
        return find(id).orElseThrow(() -> new InputRejected("provider", "provider.notFound"));
    }

    /** Every provider by licence number and name, with its county, for matching an import's lines in one query. */
    public ProviderLookup lookup() {
        return new ProviderLookup(em.createQuery("select p.id, p.name, p.licenseNumber, p.county.fips from Provider p",
                Object[].class).getResultList());
    }

    public Optional<Provider> find(long id) {
        return Optional.ofNullable(em.find(Provider.class, id));
    }

    public List<Provider> search(ProviderSearch search, int first, int pageSize, ProviderSort sort, boolean ascending) {
        return chosen(search).page(em, "select distinct p from Provider p",
                sort.ordering("p", ascending) + ", p.id asc", Provider.class,
                first, pageSize);
    }

    public long count(ProviderSearch search) {
        return chosen(search).count(em, "select count(distinct p) from Provider p");
    }

    private County checked(ProviderDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw new InputRejected("name", "provider.name.required");
        }
        TypedText.requireFits(details.name(), ProviderLimits.NAME, InputRejected::new, "name", "provider.name.tooLong");
        if (details.kind() == null) {
            throw new InputRejected("kind", "provider.kind.required");
        }
        // The page's maxlength alone let a longer text through to the column (an API body, a forged form).
        TypedText.requireFits(details.city(), ProviderLimits.CITY, InputRejected::new, "city", "api33.provider.city.tooLong");
        TypedText.requireFits(details.licenseNumber(), ProviderLimits.LICENSE_NUMBER, InputRejected::new, "licenseNumber",
                "api33.provider.licenseNumber.tooLong");
        TypedText.requireFits(details.contactName(), ProviderLimits.CONTACT_NAME, InputRejected::new, "contactName",
                "api33.provider.contactName.tooLong");
        TypedText.requireFits(details.contactPhone(), ProviderLimits.CONTACT_PHONE, InputRejected::new, "contactPhone",
                "api33.provider.contactPhone.tooLong");
        if (details.contactEmail() != null && !details.contactEmail().isBlank()
                && !EmailFormat.isWellFormed(details.contactEmail())) {
            throw new InputRejected("contactEmail", "provider.email.malformed");
        }
        return counties.chosen(details.countyFips());
    }

    private static Conditions chosen(ProviderSearch search) {
        return Conditions.chosen()
                .andContaining("(lower(p.name) like :text or lower(p.city) like :text or lower(p.contactName) like :text"
                        + " or lower(p.licenseNumber) like :text)", "text", search.text())
                .and("p.kind = :kind", "kind", search.kind())
                .and("p.county.fips = :county", "county", search.countyFips())
                .and(":language member of p.languages", "language", search.language())
                .and("p.confirmed = :confirmed", "confirmed", search.unconfirmedOnly() ? Boolean.FALSE : null);
    }
}

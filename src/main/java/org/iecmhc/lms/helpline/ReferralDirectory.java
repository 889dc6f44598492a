package org.iecmhc.lms.helpline;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.counties.CountyLookup;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.text.TypedText;

/**
 * The helpline's referral directory, kept by helpline staff and administrators: add, change, deactivate and bring
 * back, delete only while no call refers to the resource; and the resources a call may be referred to.
 */
@ApplicationScoped
public class ReferralDirectory {

    /** A resource serving no county serves them all; one serving some serves the chosen one if listed. */
    private static final String SERVES_COUNTY = "(r.counties is empty or exists (select rc from ReferralResource r2"
            + " join r2.counties rc where r2 = r and rc.fips = :county))";

    @Inject
    EntityManager em;

    @Inject
    Counties counties;

    @Transactional
    public ReferralResource add(ResourceDetails details) {
        ResourceDetails checked = check(details);
        ReferralResource resource = new ReferralResource(checked, counties(checked), topics(checked.topicIds()));
        em.persist(resource);
        return resource;
    }

    @Transactional
    public ReferralResource change(long id, long version, ResourceDetails details) {
        ReferralResource resource = existing(id);
        resource.requireVersion(version);
        ResourceDetails checked = check(details);
        resource.describe(checked, counties(checked), topics(checked.topicIds()));
        return resource;
    }

    /** Deactivated, a resource is no longer offered for new calls; the calls that refer to it keep it. */
    @Transactional
    public void setActive(long id, boolean active) {
        existing(id).setActive(active);
    }

    /** Only a resource that no call refers to can be deleted (one typed by mistake); the others are deactivated. */
    @Transactional
    public void remove(long id) {
        ReferralResource resource = existing(id);
        if (referringCalls(id) > 0) {
            throw new InputRejected(null, "referral.resource.referred");
        }
        em.remove(resource);
    }

    public long referringCalls(long id) {
        return em.createQuery("select count(c) from HelplineCall c join c.referred r where r.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    public Optional<ReferralResource> find(long id) {
        return Optional.ofNullable(em.find(ReferralResource.class, id));
    }

    public List<ReferralResource> search(ResourceFilter filter, int first, int pageSize, ResourceSort sort,
                                         boolean ascending) {
        return chosen(filter).page(em, "select r from ReferralResource r", sort.ordering("r", ascending) + ", r.id",
                ReferralResource.class, first, pageSize);
    }

    public long count(ResourceFilter filter) {
        return chosen(filter).count(em, "select count(r) from ReferralResource r");
    }

    /**
     * What a call may be referred to: the active resources serving its county (every active one while no county is
     * chosen), and those it already refers to even if since deactivated or not serving the county, so that saving
     * the call keeps them.
     */
    public List<ReferralResource> choicesFor(String countyFips, Collection<Long> alreadyReferred) {
        Set<ReferralResource> choices = new LinkedHashSet<>(Conditions.chosen()
                .and("r.active = :active", "active", true)
                .and(SERVES_COUNTY, "county", countyFips)
                .all(em, "select r from ReferralResource r", "r.name, r.id", ReferralResource.class));
        alreadyReferred.forEach(id -> find(id).ifPresent(choices::add));
        return List.copyOf(choices);
    }

    /**
     * The resources a call refers to: those it referred to already stay whatever became of them; a new one must
     * exist and be active.
     */
    Set<ReferralResource> referred(Collection<Long> ids, Set<ReferralResource> before) {
        Set<ReferralResource> referred = new HashSet<>();
        for (Long id : ids) {
            ReferralResource resource = find(id)
                    .filter(found -> found.isActive() || before.contains(found))
                    .orElseThrow(() -> new InputRejected("referred", "referral.call.unknown"));
            referred.add(resource);
        }
        return referred;
    }

    private ReferralResource existing(long id) {
        return find(id).orElseThrow(() -> new InputRejected(null, "referral.resource.notFound"));
    }

    private static ResourceDetails check(ResourceDetails details) {
        String name = TypedText.trimmedOrNull(details.name());
        if (name == null) {
            throw new InputRejected("name", "referral.name.required");
        }
        TypedText.requireFits(name, HelplineLimits.RESOURCE_NAME, InputRejected::new, "name", "referral.name.tooLong");
        if (details.kind() == null) {
            throw new InputRejected("kind", "referral.kind.required");
        }
        if (details.languages() == null || details.languages().isEmpty()) {
            throw new InputRejected("languages", "referral.languages.required");
        }
        String contact = TypedText.trimmedOrNull(details.contact());
        if (contact == null) {
            throw new InputRejected("contact", "referral.contact.required");
        }
        TypedText.requireFits(contact, HelplineLimits.RESOURCE_CONTACT, InputRejected::new, "contact",
                "referral.contact.tooLong");
        return new ResourceDetails(name, details.kind(), listed(details.countyFips()), details.languages(),
                listed(details.topicIds()), contact);
    }

    private static <T> List<T> listed(List<T> values) {
        return values == null ? List.of() : values;
    }

    private Set<County> counties(ResourceDetails details) {
        Set<County> served = new HashSet<>();
        CountyLookup lookup = counties.lookup();
        for (String fips : details.countyFips()) {
            served.add(lookup.find(fips).orElseThrow(() -> new InputRejected("counties", "form.county.unknown")));
        }
        return served;
    }

    private Set<HelplineTopic> topics(List<Long> ids) {
        Set<HelplineTopic> topics = new HashSet<>();
        for (Long id : ids) {
            topics.add(Optional.ofNullable(em.find(HelplineTopic.class, id))
                    .orElseThrow(() -> new InputRejected("topics", "helpline.topic.unknown")));
        }
        return topics;
    }

    private static Conditions chosen(ResourceFilter filter) {
        return Conditions.chosen()
                .and(SERVES_COUNTY, "county", filter.countyFips())
                .and("r.kind = :kind", "kind", filter.kind())
                .and("exists (select t from ReferralResource r3 join r3.topics t where r3 = r and t.id = :topic)",
                        "topic", filter.topicId())
                .and("r.active = :active", "active", filter.active());
    }
}

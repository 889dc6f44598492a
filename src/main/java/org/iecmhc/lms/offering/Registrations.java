package org.iecmhc.lms.offering;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.persistence.config.QueryHints;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.text.EmailFormat;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * Registering for an offering, confirming the address, cancelling, and the waiting list that moves up. A seat is held
 * only by a confirmed address; confirming and cancelling lock the offering's record, so the seats counted are the
 * seats there are. A confirmed registrant's program the registry does not know enters it unconfirmed.
 */
@ApplicationScoped
public class Registrations {

    /** Registrations one e-mail address may make in an hour, whatever it registers for: no one is mailed a flood. */
    static final int PER_ADDRESS_PER_HOUR = 5;
    /** A confirm link left unused this long confirms nothing; registering again makes a new one. */
    static final Duration CONFIRM_WITHIN = Duration.ofDays(2);

    @Inject
    EntityManager em;

    @Inject
    Offerings offerings;

    @Inject
    Counties counties;

    @Inject
    RegistrationMails mails;

    @Inject
    ProviderRegistry registry;

    @Inject
    Clock clock;

    /**
     * Registers and mails the confirm link. A filled honeypot, an address past its hourly limit or one already
     * registered gets the same answer and nothing else happens, so the answer tells a bot or a prankster nothing.
     */
    @Transactional
    public void register(String offeringKey, RegistrantDetails details) {
        Offering offering = offerings.openAt(offeringKey)
                .orElseThrow(() -> new InputRejected(null, "offering.closed")).offering();
        County county = checked(details);
        if (details.website() != null && !details.website().isEmpty() || recentFrom(details.email()) >= PER_ADDRESS_PER_HOUR
                || active(offering, details.email()).isPresent()) {
            return;
        }
        Registration registration = new Registration(offering, details, county,
                matchingProvider(details.program(), county).orElse(null),
                RegistrationTokens.newPublicId(), RegistrationTokens.newSecret(), now());
        em.persist(registration);
        mails.confirmAddress(registration, offering);
    }

    /**
     * Confirms the address of a registration awaiting it: a seat when one is free, else the waiting list. Empty when
     * the token is not a genuine confirm link, was used, expired or the offering has started.
     */
    @Transactional
    public Optional<Registration> confirm(String token) {
        Optional<Registration> found = byToken(token, LinkPurpose.CONFIRM)
                .filter(r -> r.getState() == RegistrationState.AWAITING_CONFIRMATION)
                .filter(r -> r.getRegisteredAt().plus(CONFIRM_WITHIN).isAfter(now()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Registration registration = found.get();
        Optional<Offering> offering = lockedOffering(registration).filter(offerings::isOpen);
        if (offering.isEmpty()) {
            return Optional.empty();
        }
        boolean seatFree = offerings.seatsTaken(offering.get()) < offering.get().terms().getCapacity();
        registration.confirm(seatFree, now());
        if (registration.getProvider() == null) {
            registration.matchedTo(programOf(registration));
        }
        if (seatFree) {
            mails.seat(registration, offering.get(), false);
        } else {
            mails.waiting(registration, offering.get());
        }
        return Optional.of(registration);
    }

    /**
     * Cancels a registration; a seat it held goes to the first on the waiting list, who is mailed, in the same
     * transaction. Empty when the token is not a genuine cancel link or the registration is already cancelled.
     */
    @Transactional
    public Optional<Registration> cancel(String token) {
        Optional<Registration> found = byToken(token, LinkPurpose.CANCEL)
                .filter(r -> r.getState() != RegistrationState.CANCELLED);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Registration registration = found.get();
        Optional<Offering> offering = lockedOffering(registration);
        em.refresh(registration);
        if (registration.getState() == RegistrationState.CANCELLED) {
            return Optional.empty();
        }
        boolean heldSeat = registration.getState() == RegistrationState.CONFIRMED;
        registration.cancel(now());
        if (heldSeat && offering.isPresent() && offerings.isOpen(offering.get())) {
            em.flush();
            firstWaiting(offering.get()).ifPresent(next -> {
                next.moveUp();
                mails.seat(next, offering.get(), true);
            });
        }
        return Optional.of(registration);
    }

    /** The registration and its offering a genuine link of this purpose names, for its page to show. */
    public Optional<RegisteredFor> lookUp(String token, boolean cancelLink) {
        return byToken(token, cancelLink ? LinkPurpose.CANCEL : LinkPurpose.CONFIRM)
                .flatMap(r -> offeringOf(r).map(o -> new RegisteredFor(r.getName(), r.getState(), o)));
    }

    /** The calendar invitation's meeting, for a registration that still holds or waits for a seat. */
    public Optional<Offering> invitation(String token) {
        return byToken(token, LinkPurpose.CALENDAR).filter(r -> r.getState() != RegistrationState.CANCELLED)
                .flatMap(this::offeringOf);
    }

    /**
     * Everyone registered for an offering, seats first, then the waiting list in its order, for its staff: each with
     * the registry entry it joined (whether staff still have to confirm it) and that entry's languages, which the
     * entity loads eagerly, all in one query.
     */
    public List<Registration> forStaff(Viewer viewer, String kind, long offeringId) {
        offerings.source(kind).orElseThrow(() -> new InputRejected(null, "offering.closed")).requireVisible(viewer, offeringId);
        return em.createQuery("select r from Registration r join fetch r.county left join fetch r.provider"
                        + " where r.offeringKind = :kind and r.offeringId = :id order by r.confirmedAt, r.registeredAt, r.id",
                        Registration.class)
                .setHint(QueryHints.LEFT_FETCH, "r.provider.languages")
                .setParameter("kind", kind).setParameter("id", offeringId).getResultStream()
                .sorted(Comparator.comparing(Registration::getState)).toList();
    }

    private County checked(RegistrantDetails details) {
        required(details.name(), "name", "offering.name.required");
        TypedText.requireFits(details.name().strip(), OfferingLimits.NAME, InputRejected::new, "name", "offering.name.tooLong");
        String email = details.email() == null ? "" : details.email().strip();
        if (email.length() > OfferingLimits.EMAIL || !EmailFormat.isWellFormed(email)) {
            throw new InputRejected("email", "offering.email.invalid");
        }
        required(details.program(), "program", "offering.program.required");
        TypedText.requireFits(details.program().strip(), OfferingLimits.PROGRAM, InputRejected::new, "program",
                "offering.program.tooLong");
        County county = counties.find(details.countyFips()).orElseThrow(() -> new InputRejected("county", "offering.county.required"));
        if (details.role() == null) {
            throw new InputRejected("role", "offering.role.required");
        }
        if (details.language() == null) {
            throw new InputRejected("language", "offering.language.required");
        }
        return county;
    }

    private static void required(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw new InputRejected(field, key);
        }
    }

    private long recentFrom(String email) {
        return em.createQuery("select count(r) from Registration r where lower(r.email) = :email and r.registeredAt > :since",
                        Long.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .setParameter("since", now().minusHours(1)).getSingleResult();
    }

    private Optional<Registration> active(Offering offering, String email) {
        return em.createQuery("select r from Registration r where r.offeringKind = :kind and r.offeringId = :id"
                        + " and lower(r.email) = :email and r.state <> :cancelled", Registration.class)
                .setParameter("kind", offering.kind()).setParameter("id", offering.id())
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .setParameter("cancelled", RegistrationState.CANCELLED).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The active program of that name in that county, a confirmed entry before one awaiting staff, so that staff see
     * registrants against the registry.
     */
    private Optional<Provider> matchingProvider(String program, County county) {
        return em.createQuery("select p from Provider p where lower(p.name) = :name and p.county = :county and p.active = true"
                        + " order by p.confirmed desc, p.id", Provider.class)
                .setParameter("name", program.strip().toLowerCase(Locale.ROOT)).setParameter("county", county)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The program a confirmed registrant named: the registry's entry when one of that name in that county is there
     * now (another registrant may have added it since), else a new unconfirmed entry. Only a confirmed address adds
     * to the registry, so that a bot's registrations leave nothing for staff to clean up.
     */
    private Provider programOf(Registration registration) {
        return matchingProvider(registration.getProgram(), registration.getCounty()).orElseGet(() -> registry.addUnconfirmed(
                registration.getProgram(), registration.getRole().providerKind(), registration.getCounty().getFips(),
                ServiceLanguage.valueOf(registration.getLanguage().name())));
    }

    private Optional<Registration> firstWaiting(Offering offering) {
        return em.createQuery("select r from Registration r where r.offeringKind = :kind and r.offeringId = :id"
                        + " and r.state = :waiting order by r.confirmedAt, r.id", Registration.class)
                .setParameter("kind", offering.kind()).setParameter("id", offering.id())
                .setParameter("waiting", RegistrationState.WAITING).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<Registration> byToken(String token, LinkPurpose purpose) {
        return RegistrationTokens.publicIdOf(token).flatMap(publicId -> em.createQuery(
                        "select r from Registration r where r.publicId = :id", Registration.class)
                .setParameter("id", publicId).getResultStream().findFirst())
                .filter(r -> RegistrationTokens.genuine(token, r, purpose));
    }

    private Optional<Offering> offeringOf(Registration registration) {
        return offerings.source(registration.getOfferingKind()).flatMap(s -> s.find(registration.getOfferingId()));
    }

    private Optional<Offering> lockedOffering(Registration registration) {
        return offerings.source(registration.getOfferingKind()).flatMap(s -> s.lockForSeats(registration.getOfferingId()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

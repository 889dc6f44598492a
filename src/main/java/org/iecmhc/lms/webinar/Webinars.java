package org.iecmhc.lms.webinar;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.offering.OfferingTerms;
import org.iecmhc.lms.offering.Registration;
import org.iecmhc.lms.offering.RegistrationState;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.security.OwnRecords;
import org.iecmhc.lms.platform.security.OwnRecordsService;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.text.WebAddress;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.survey.SurveyLinks;

/**
 * Scheduling webinars, opening them for registration, taking the registrants' attendance (which mails each the survey
 * link) and setting the recording link once the webinar has begun. A consultant keeps the webinars they lead, an
 * administrator all of them, as with Open-Door sessions.
 */
@ApplicationScoped
public class Webinars extends OwnRecordsService<Webinar> {

    static final OwnRecords<Webinar> OWN = new OwnRecords<>(Webinar.class,
            webinar -> webinar.getFacilitator().getEmail(), "w.facilitator.email", "title", "webinar.notFound");

    /** Who may be marked as attended: a seat, or the waiting list, since someone waiting may still have been let in. */
    private static final List<RegistrationState> MAY_ATTEND = List.of(RegistrationState.CONFIRMED,
            RegistrationState.WAITING);

    private static final MeetingTime.Messages WHEN = new MeetingTime.Messages("offering.date.required",
            "offering.time.required", "offering.minutes.range");

    @Inject
    SurveyLinks surveyLinks;

    @Inject
    Clock clock;

    public Webinars() {
        super(OWN);
    }

    @Transactional
    public Webinar schedule(Viewer viewer, WebinarDetails details) {
        MeetingTime when = checked(details);
        Webinar webinar = new Webinar(details, when, facilitator(viewer, details.facilitatorId()));
        em.persist(webinar);
        return webinar;
    }

    @Transactional
    public Webinar change(Viewer viewer, long id, long version, WebinarDetails details) {
        Webinar webinar = current(viewer, id, version);
        MeetingTime when = checked(details);
        if (when.startsAtUtc().isAfter(PacificTime.nowUtc(clock)) && hasAttendance(id)) {
            throw new InputRejected("date", "webinar.when.attended");
        }
        webinar.describe(details, when, facilitator(viewer, details.facilitatorId()));
        return webinar;
    }

    /** Opens the webinar for public registration on these terms; no capacity closes it. */
    @Transactional
    public Webinar offer(Viewer viewer, long id, OfferingTerms terms) {
        Webinar webinar = visible(viewer, id);
        webinar.offer(terms);
        return webinar;
    }

    /** Sets (or, blank, clears) the recording link, which exists only once the webinar has begun. */
    @Transactional
    public Webinar record(Viewer viewer, long id, String recordingLink) {
        Webinar webinar = visible(viewer, id);
        String link = WebAddress.checked(recordingLink, WebinarLimits.RECORDING_LINK, "recordingLink",
                "webinar.recording.invalid");
        if (link != null && !webinar.getSlot().hasStartedBy(PacificTime.nowUtc(clock))) {
            throw new InputRejected("recordingLink", "webinar.recording.notYet");
        }
        webinar.recorded(link);
        return webinar;
    }

    /**
     * Records that a registrant joined and mails them the survey link in the language they registered in. Only once
     * the webinar has begun, only someone registered for it (not cancelled), and only once each.
     */
    @Transactional
    public WebinarAttendance attend(Viewer viewer, long webinarId, Long registrationId) {
        Webinar webinar = visible(viewer, webinarId);
        if (!webinar.getSlot().hasStartedBy(PacificTime.nowUtc(clock))) {
            throw new InputRejected("registration", "webinar.attendance.future");
        }
        Registration registration = registrationId == null ? null : em.find(Registration.class, registrationId);
        if (registration == null || !registration.getOfferingKind().equals(WebinarOfferings.KIND)
                || registration.getOfferingId() != webinarId || !MAY_ATTEND.contains(registration.getState())) {
            throw new InputRejected("registration", "webinar.attendance.chooseRegistrant");
        }
        if (attendanceOf(registration).isPresent()) {
            throw new InputRejected("registration", "webinar.attendance.twice");
        }
        WebinarAttendance attendance = new WebinarAttendance(webinar, registration);
        em.persist(attendance);
        em.flush(); // the survey link names the attendance by its id
        surveyLinks.send(attendance.surveyQuestion(), attendance.getId(), registration.getEmail(),
                registration.getLanguage());
        return attendance;
    }

    @Transactional
    public void removeAttendance(Viewer viewer, long attendanceId) {
        em.remove(OWN.part(em, viewer, WebinarAttendance.class, attendanceId, WebinarAttendance::getWebinar,
                "registration"));
    }

    /** The registrants who confirmed their address (a seat or the waiting list) and are not yet marked as attended. */
    public List<Registration> toMark(Viewer viewer, long webinarId) {
        visible(viewer, webinarId);
        return em.createQuery("select r from Registration r where r.offeringKind = :kind and r.offeringId = :id"
                        + " and r.state in :states and not exists (select a from WebinarAttendance a where a.registration = r)"
                        + " order by r.name, r.id", Registration.class)
                .setParameter("kind", WebinarOfferings.KIND).setParameter("id", webinarId)
                .setParameter("states", MAY_ATTEND).getResultList();
    }

    public List<WebinarAttendance> attendance(Viewer viewer, long webinarId) {
        return em.createQuery("select a from WebinarAttendance a join fetch a.registration r where a.webinar = :w"
                + " order by r.name, a.id", WebinarAttendance.class)
                .setParameter("w", visible(viewer, webinarId)).getResultList();
    }

    public List<Webinar> search(Viewer viewer, WebinarFilter filter, WebinarSort sort, boolean ascending, int first,
                                int pageSize) {
        return listed(viewer, filter).page(em, "select w from Webinar w", sort.ordering("w", ascending) + ", w.id desc",
                Webinar.class, first, pageSize);
    }

    public long count(Viewer viewer, WebinarFilter filter) {
        return listed(viewer, filter).count(em, "select count(w) from Webinar w");
    }

    private Conditions listed(Viewer viewer, WebinarFilter filter) {
        Conditions conditions = OWN.listed(viewer).and("w.language = :language", "language", filter.language())
                .andContaining("(lower(w.title) like :text or lower(w.topic) like :text)", "text", filter.text());
        if (filter.period() != null) {
            conditions.and(filter.period() == WebinarFilter.Period.UPCOMING ? "w.slot.startsAt > :now"
                    : "w.slot.startsAt <= :now", "now", PacificTime.nowUtc(clock));
        }
        return conditions;
    }

    private Optional<WebinarAttendance> attendanceOf(Registration registration) {
        return em.createQuery("select a from WebinarAttendance a where a.registration = :r", WebinarAttendance.class)
                .setParameter("r", registration).getResultStream().findFirst();
    }

    private boolean hasAttendance(long webinarId) {
        return em.createQuery("select count(a) from WebinarAttendance a where a.webinar.id = :w", Long.class)
                .setParameter("w", webinarId).getSingleResult() > 0;
    }

    /** A consultant leads the webinars they schedule; an administrator names a consultant or administrator. */
    private Account facilitator(Viewer viewer, Long facilitatorId) {
        return Accounts.facilitatorFor(em, viewer, facilitatorId, Role.CONSULTANT, Role.ADMINISTRATOR)
                .orElseThrow(() -> new InputRejected("facilitator", "webinar.facilitator.required"));
    }

    private static MeetingTime checked(WebinarDetails details) {
        required(details.title(), "title", "webinar.title.required");
        TypedText.requireFits(details.title().strip(), WebinarLimits.TITLE, InputRejected::new, "title",
                "webinar.title.tooLong");
        required(details.topic(), "topic", "webinar.topic.required");
        TypedText.requireFits(details.topic().strip(), WebinarLimits.TOPIC, InputRejected::new, "topic",
                "webinar.topic.tooLong");
        if (details.language() == null) {
            throw new InputRejected("language", "webinar.language.required");
        }
        if (details.when() == null) {
            throw new InputRejected("date", WHEN.dateRequired());
        }
        return details.when().checked(WHEN);
    }

    private static void required(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw new InputRejected(field, key);
        }
    }
}

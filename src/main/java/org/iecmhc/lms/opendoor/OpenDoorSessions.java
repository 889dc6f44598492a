package org.iecmhc.lms.opendoor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.offering.OfferingTerms;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.OwnRecords;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.FacilitatedServices;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.NewProvider;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.survey.SurveyLinks;

/** Scheduling Open-Door sessions, taking attendance and recording what participants thought of them. */
@ApplicationScoped
public class OpenDoorSessions extends FacilitatedServices<OpenDoorSession> {

    static final OwnRecords<OpenDoorSession> OWN = new OwnRecords<>(OpenDoorSession.class,
            session -> session.getFacilitator().getEmail(), "s.facilitator.email", "title",
            "opendoor.session.notFound");

    private static final MeetingTime.Messages WHEN = new MeetingTime.Messages("offering.date.required",
            "offering.time.required", "offering.minutes.range");

    @Inject
    SurveyLinks surveyLinks;

    @Inject
    Clock clock;

    public OpenDoorSessions() {
        super(OWN, "s.heldOn desc, s.id desc", "opendoor.facilitator.required");
    }

    @Transactional
    public OpenDoorSession schedule(Viewer viewer, SessionDetails details) {
        check(details.heldOn(), details.title(), details.language());
        OpenDoorSession session = new OpenDoorSession(details.heldOn(), details.title(), details.language(),
                facilitator(viewer, details.facilitatorId()));
        em.persist(session);
        return session;
    }

    @Transactional
    public OpenDoorSession change(Viewer viewer, long id, long version, SessionDetails details) {
        OpenDoorSession session = current(viewer, id, version);
        check(details.heldOn(), details.title(), details.language());
        if (details.heldOn().isAfter(today()) && hasAttendance(id)) {
            throw new InputRejected("heldOn", "opendoor.heldOn.attended");
        }
        session.describe(details.heldOn(), details.title(), details.language(), facilitator(viewer, details.facilitatorId()));
        return session;
    }

    /**
     * Gives the session its time and opens it for public registration on these terms (no capacity closes it); the
     * time sets its date. A refused time is reported at its field: date, time or minutes.
     */
    @Transactional
    public OpenDoorSession offer(Viewer viewer, long id, MeetingTime when, OfferingTerms terms) {
        OpenDoorSession session = visible(viewer, id);
        when.checked(WHEN);
        if (when.date().isAfter(today()) && hasAttendance(id)) {
            throw new InputRejected("date", "opendoor.heldOn.attended");
        }
        session.offer(when, terms);
        return session;
    }

    @Transactional
    public OpenDoorAttendance attend(Viewer viewer, long sessionId, Long providerId) {
        return attend(viewer, sessionId, providers.picked(providerId, "opendoor.attendance.chooseProvider"));
    }

    /** A provider not yet in the registry joins it and the session in one step. */
    @Transactional
    public OpenDoorAttendance attendNewProvider(Viewer viewer, long sessionId, NewProvider provider) {
        OpenDoorSession session = visible(viewer, sessionId);
        return attend(viewer, sessionId, providers.addOnTheSpot(provider, session.getLanguage()));
    }

    private OpenDoorAttendance attend(Viewer viewer, long sessionId, Provider provider) {
        OpenDoorSession session = visible(viewer, sessionId);
        if (session.getHeldOn().isAfter(today())) {
            throw new InputRejected("provider", "opendoor.attendance.future");
        }
        Long already = em.createQuery("select count(a) from OpenDoorAttendance a where a.session = :s and a.provider = :p", Long.class)
                .setParameter("s", session).setParameter("p", provider).getSingleResult();
        if (already > 0) {
            throw new InputRejected("provider", "opendoor.attendance.twice");
        }
        OpenDoorAttendance attendance = new OpenDoorAttendance(session, provider);
        em.persist(attendance);
        em.flush(); // the survey link names the attendance by its id
        surveyLinks.send(attendance.surveyQuestion(), attendance.getId(), provider, session.getLanguage());
        return attendance;
    }

    @Transactional
    public void rate(Viewer viewer, long attendanceId, SurveyAnswer survey) {
        OpenDoorAttendance attendance = attendanceRecord(viewer, attendanceId);
        survey.check(OpenDoorLimits.COMMENTS, "comments", "opendoor.comments.tooLong");
        attendance.rate(survey);
    }

    @Transactional
    public void removeAttendance(Viewer viewer, long attendanceId) {
        em.remove(attendanceRecord(viewer, attendanceId));
    }

    public List<OpenDoorAttendance> attendance(Viewer viewer, long sessionId) {
        return em.createQuery("select a from OpenDoorAttendance a join fetch a.provider where a.session = :s"
                        + " order by a.provider.name", OpenDoorAttendance.class)
                .setParameter("s", visible(viewer, sessionId)).getResultList();
    }

    private OpenDoorAttendance attendanceRecord(Viewer viewer, long attendanceId) {
        return OWN.part(em, viewer, OpenDoorAttendance.class, attendanceId, OpenDoorAttendance::getSession, "provider");
    }

    private boolean hasAttendance(long sessionId) {
        return em.createQuery("select count(a) from OpenDoorAttendance a where a.session.id = :s", Long.class)
                .setParameter("s", sessionId).getSingleResult() > 0;
    }

    private static void check(LocalDate heldOn, String title, ServiceLanguage language) {
        if (heldOn == null) {
            throw new InputRejected("heldOn", "opendoor.heldOn.required");
        }
        if (title == null || title.isBlank()) {
            throw new InputRejected("title", "opendoor.title.required");
        }
        TypedText.requireFits(title, OpenDoorLimits.TITLE, InputRejected::new, "title", "opendoor.title.tooLong");
        if (language == null) {
            throw new InputRejected("language", "opendoor.language.required");
        }
    }

    private LocalDate today() {
        return PacificTime.today(clock);
    }
}

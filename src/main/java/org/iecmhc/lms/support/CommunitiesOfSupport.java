package org.iecmhc.lms.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.offering.OfferingTerms;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.OwnRecords;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.MonthlyDates;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.FacilitatedServices;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.NewProvider;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.survey.SurveyLinks;

/**
 * Community of Support series: scheduling their sessions, enrolling providers, taking attendance and recording the
 * final survey. A consultant works only on the series they facilitate (the Open-Door {@link Viewer} rule).
 */
@ApplicationScoped
public class CommunitiesOfSupport extends FacilitatedServices<SupportSeries> {

    public static final int DEFAULT_SESSIONS = 6;
    static final int DEFAULT_MINUTES = 90;
    /** Providers work with children during the day, so series meet in the evening unless the consultant moves them. */
    static final LocalTime DEFAULT_START = LocalTime.of(18, 30);
    private static final MeetingTime.Messages WHEN = new MeetingTime.Messages("support.session.date.required",
            "support.session.time.required", "support.minutes.range");
    static final OwnRecords<SupportSeries> OWN = new OwnRecords<>(SupportSeries.class,
            series -> series.getFacilitator().getEmail(), "s.facilitator.email", "title", "support.series.notFound");

    @Inject
    SurveyLinks surveyLinks;

    @Inject
    Clock clock;

    public CommunitiesOfSupport() {
        super(OWN, "s.startsOn desc, s.id desc", "support.facilitator.required");
    }

    /** A new series with six monthly 90-minute sessions from its first session's date, each editable afterwards. */
    @Transactional
    public SupportSeries start(Viewer viewer, SeriesDetails details) {
        check(details.title(), details.language());
        if (details.startsOn() == null) {
            throw new InputRejected("startsOn", "support.startsOn.required");
        }
        SupportSeries series = new SupportSeries(details.title(), details.language(),
                facilitator(viewer, details.facilitatorId()), details.startsOn(), details.kind());
        em.persist(series);
        MeetingTime usual = new MeetingTime(details.startsOn(), DEFAULT_START, DEFAULT_MINUTES);
        for (LocalDate day : MonthlyDates.from(details.startsOn(), DEFAULT_SESSIONS)) {
            em.persist(new SupportSession(series, usual.on(day)));
        }
        em.flush(); // the caller needs the id at once, also when it runs this inside a wider transaction
        return series;
    }

    @Transactional
    public SupportSeries change(Viewer viewer, long id, long version, SeriesDetails details) {
        SupportSeries series = current(viewer, id, version);
        check(details.title(), details.language());
        series.describe(details.title(), details.language(), facilitator(viewer, details.facilitatorId()), details.kind());
        return series;
    }

    /** Opens the series for public registration on these terms (no capacity closes it). */
    @Transactional
    public SupportSeries offer(Viewer viewer, long id, OfferingTerms terms) {
        SupportSeries series = visible(viewer, id);
        series.offer(terms);
        return series;
    }

    public List<SupportSession> sessions(Viewer viewer, long seriesId) {
        return em.createQuery("select s from SupportSession s where s.series = :series order by s.slot.startsAt, s.id",
                SupportSession.class).setParameter("series", visible(viewer, seriesId)).getResultList();
    }

    /** Moves one session; a refused time is reported at its field: date, time or minutes. */
    @Transactional
    public SupportSession reschedule(Viewer viewer, long sessionId, long version, MeetingTime when) {
        SupportSession session = sessionRecord(viewer, sessionId);
        session.requireVersion(version);
        when.checked(WHEN);
        if (when.startsAtUtc().isAfter(nowUtc()) && hasAttendance(session)) {
            throw new InputRejected("date", "support.startsAt.attended");
        }
        session.reschedule(when);
        return session;
    }

    @Transactional
    public SupportEnrollment enrol(Viewer viewer, long seriesId, Long providerId) {
        Provider provider = providers.picked(providerId, "support.enrollment.chooseProvider");
        return enrol(visible(viewer, seriesId), provider);
    }

    /** A provider not yet in the registry joins it and the series in one step. */
    @Transactional
    public SupportEnrollment enrolNewProvider(Viewer viewer, long seriesId, NewProvider provider) {
        SupportSeries series = visible(viewer, seriesId);
        return enrol(series, providers.addOnTheSpot(provider, series.getLanguage()));
    }

    private SupportEnrollment enrol(SupportSeries series, Provider provider) {
        Long already = em.createQuery("select count(e) from SupportEnrollment e where e.series = :s and e.provider = :p", Long.class)
                .setParameter("s", series).setParameter("p", provider).getSingleResult();
        if (already > 0) {
            throw new InputRejected("provider", "support.enrollment.twice");
        }
        SupportEnrollment enrollment = new SupportEnrollment(series, provider);
        em.persist(enrollment);
        em.flush(); // as in start(): the id names the enrollment in attendance and survey at once
        return enrollment;
    }

    /** Takes a provider out of a series with their attendance and survey answers (the database cascades them). */
    @Transactional
    public void unenrol(Viewer viewer, long enrollmentId) {
        SupportEnrollment enrollment = enrollmentRecord(viewer, enrollmentId);
        em.createQuery("delete from SupportAttendance a where a.enrollment = :e").setParameter("e", enrollment).executeUpdate();
        em.remove(enrollment);
    }

    public List<SupportEnrollment> enrollments(Viewer viewer, long seriesId) {
        return em.createQuery("select e from SupportEnrollment e join fetch e.provider where e.series = :s"
                + " order by e.provider.name, e.id", SupportEnrollment.class)
                .setParameter("s", visible(viewer, seriesId)).getResultList();
    }

    /** Who was at a session, as the enrollments present: the attendance grid sends them all at once. */
    @Transactional
    public void takeAttendance(Viewer viewer, Long sessionId, Set<Long> presentEnrollmentIds) {
        if (sessionId == null) {
            throw new InputRejected("session", "support.attendance.chooseSession");
        }
        SupportSession session = sessionRecord(viewer, sessionId);
        if (session.getSlot().getStartsAt().isAfter(nowUtc())) {
            throw new InputRejected("attendance", "support.attendance.future");
        }
        List<SupportEnrollment> present = presentEnrollmentIds.stream().map(id -> em.find(SupportEnrollment.class, id))
                .toList();
        if (present.stream().anyMatch(e -> e == null || !e.getSeries().getId().equals(session.getSeries().getId()))) {
            throw new InputRejected("attendance", "support.attendance.notEnrolled");
        }
        Set<Long> recorded = new HashSet<>();
        for (SupportAttendance attendance : attendanceAt(session)) {
            if (presentEnrollmentIds.contains(attendance.getEnrollment().getId())) {
                recorded.add(attendance.getEnrollment().getId());
            } else {
                em.remove(attendance);
            }
        }
        present.stream().filter(e -> !recorded.contains(e.getId())).forEach(e -> em.persist(new SupportAttendance(session, e)));
        if (isLast(session)) {
            sendFinalSurvey(session.getSeries());
        }
    }

    /**
     * The series ends with the attendance of its last session: each enrolled provider gets their link to the final
     * survey then (one link each, however often the attendance is taken again).
     */
    private void sendFinalSurvey(SupportSeries series) {
        for (SupportEnrollment enrollment : em.createQuery("select e from SupportEnrollment e join fetch e.provider"
                + " where e.series = :s order by e.id", SupportEnrollment.class).setParameter("s", series).getResultList()) {
            surveyLinks.send(enrollment.surveyQuestion(), enrollment.getId(), enrollment.getProvider(), series.getLanguage());
        }
    }

    private boolean isLast(SupportSession session) {
        return em.createQuery("select count(s) from SupportSession s where s.series = :series"
                        + " and (s.slot.startsAt > :startsAt or s.slot.startsAt = :startsAt and s.id > :id)", Long.class)
                .setParameter("series", session.getSeries()).setParameter("startsAt", session.getSlot().getStartsAt())
                .setParameter("id", session.getId()).getSingleResult() == 0;
    }

    /** Every attendance recorded in the series, with its session and enrollment, in one query. */
    public List<SupportAttendance> attendance(Viewer viewer, long seriesId) {
        return em.createQuery("select a from SupportAttendance a join fetch a.session join fetch a.enrollment"
                + " where a.session.series = :s", SupportAttendance.class)
                .setParameter("s", visible(viewer, seriesId)).getResultList();
    }

    public Set<Long> presentEnrollmentIds(Viewer viewer, long sessionId) {
        Set<Long> ids = new HashSet<>();
        attendanceAt(sessionRecord(viewer, sessionId)).forEach(a -> ids.add(a.getEnrollment().getId()));
        return ids;
    }

    @Transactional
    public SupportEnrollment answerSurvey(Viewer viewer, long enrollmentId, long version, SurveyAnswer survey) {
        SupportEnrollment enrollment = enrollmentRecord(viewer, enrollmentId);
        enrollment.requireVersion(version);
        survey.check(SupportLimits.COMMENTS, "comments", "support.comments.tooLong");
        enrollment.answerSurvey(survey);
        return enrollment;
    }

    private List<SupportAttendance> attendanceAt(SupportSession session) {
        return em.createQuery("select a from SupportAttendance a where a.session = :s", SupportAttendance.class)
                .setParameter("s", session).getResultList();
    }

    private boolean hasAttendance(SupportSession session) {
        return em.createQuery("select count(a) from SupportAttendance a where a.session = :s", Long.class)
                .setParameter("s", session).getSingleResult() > 0;
    }

    private SupportSession sessionRecord(Viewer viewer, long sessionId) {
        return OWN.part(em, viewer, SupportSession.class, sessionId, SupportSession::getSeries, "title");
    }

    private SupportEnrollment enrollmentRecord(Viewer viewer, long enrollmentId) {
        return OWN.part(em, viewer, SupportEnrollment.class, enrollmentId, SupportEnrollment::getSeries, "provider");
    }

    private static void check(String title, ServiceLanguage language) {
        if (title == null || title.isBlank()) {
            throw new InputRejected("title", "support.title.required");
        }
        TypedText.requireFits(title, SupportLimits.TITLE, InputRejected::new, "title", "support.title.tooLong");
        if (language != ServiceLanguage.EN && language != ServiceLanguage.ES) {
            throw new InputRejected("language", "support.language.required");
        }
    }

    private LocalDateTime nowUtc() {
        return PacificTime.nowUtc(clock);
    }
}

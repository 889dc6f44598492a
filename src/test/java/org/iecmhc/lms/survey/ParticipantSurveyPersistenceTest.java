package org.iecmhc.lms.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iecmhc.lms.consultation.AssignmentDetails;
import org.iecmhc.lms.consultation.AssignmentStatus;
import org.iecmhc.lms.consultation.ConsultationAssignment;
import org.iecmhc.lms.consultation.ConsultationLevel;
import org.iecmhc.lms.consultation.Modality;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.opendoor.OpenDoorAttendance;
import org.iecmhc.lms.opendoor.OpenDoorSession;
import org.iecmhc.lms.opendoor.SessionDetails;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderDetails;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.support.SeriesDetails;
import org.iecmhc.lms.support.SupportEnrollment;
import org.iecmhc.lms.support.SupportSeries;
import org.iecmhc.lms.support.SupportSession;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Participants answering for themselves, against MariaDB: the link each one is mailed when the service ends for them,
 * one answer per link, expiry after 30 days, and answers that stay the participant's when staff save the table.
 */
class ParticipantSurveyPersistenceTest {

    private static final Pattern LINK = Pattern.compile("/survey/answer\\.xhtml\\?token=([A-Za-z0-9_-]+)&lang=(en|es)");
    private static final Viewer ADMIN = new Viewer("admin@survey.example.org", true);

    private static TestDatabase db;
    private static Account rosa;

    /** 2025-03-20, 1 p.m. in California. */
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-20T20:00:00Z"));

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        rosa = db.inTransaction(em -> Services.on(em, java.time.Clock.systemUTC()).accounts().create(new AccountDetails(
                "rosa@survey.example.org", "Rosa", "Rivera", Language.ES, EnumSet.of(Role.CONSULTANT)),
                "long enough password", false));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void eachAttendeeWithAnAddressGetsALinkThatAnswersOnceAndTheAnswerIsMarkedAsTheirs() {
        Provider casita = provider("Casita", "casita@survey.example.org", ServiceLanguage.EN);
        Provider nomail = provider("Sin correo", null, ServiceLanguage.EN);
        OpenDoorSession session = services(s -> s.openDoor().schedule(ADMIN,
                new SessionDetails(LocalDate.of(2025, 3, 5), "Biting and toddlers", ServiceLanguage.EN, rosa.getId())));
        OpenDoorAttendance attendance = services(s -> s.openDoor().attend(ADMIN, session.getId(), casita.getId()));
        OpenDoorAttendance unreachable = services(s -> s.openDoor().attend(ADMIN, session.getId(), nomail.getId()));
        assertEquals(0, linksFor(unreachable.getId()), "no address, no link");
        assertEquals(1, linksFor(attendance.getId()));

        String token = linkIn("casita@survey.example.org", "en");
        OpenedLink opened = services(s -> s.surveyLinks().open(token));
        assertEquals(LinkState.OPEN, opened.state());
        assertEquals("Biting and toddlers", opened.question().title());
        assertEquals("participantSurvey.question.opendoor", opened.question().questionKey());

        assertEquals("participantSurvey.rating.required", assertThrows(InputRejected.class,
                () -> answer(token, new SurveyAnswer(null, "No answer yet", false, false))).messageKey());
        answer(token, new SurveyAnswer(true, "Very helpful", true, true));
        SurveyAnswer stored = services(s -> s.em().find(OpenDoorAttendance.class, attendance.getId()).getSurvey());
        assertEquals(Respondent.PARTICIPANT, stored.answeredBy());
        assertEquals(true, stored.rating());
        assertTrue(stored.consentToQuote());
        assertTrue(!stored.quotable(), "quoting a participant's comment is staff's choice");

        assertEquals(LinkState.ANSWERED, services(s -> s.surveyLinks().open(token)).state());
        assertEquals(LinkState.ANSWERED, assertThrows(SurveyLinks.LinkUnusable.class,
                () -> answer(token, new SurveyAnswer(false, "Changed my mind", false, false))).state(), "one answer per link");
        assertEquals(LinkState.UNKNOWN, services(s -> s.surveyLinks().open(token + "x")).state());
        assertEquals(1, mailsTo("casita"), "one link per attendance");
    }

    @Test
    void staffMayQuoteAParticipantsCommentButNotRewriteTheirAnswer() {
        Provider pinos = provider("Los Pinos", "pinos@survey.example.org", ServiceLanguage.EN);
        OpenDoorSession session = services(s -> s.openDoor().schedule(ADMIN,
                new SessionDetails(LocalDate.of(2025, 3, 6), "Transitions", ServiceLanguage.EN, rosa.getId())));
        OpenDoorAttendance attendance = services(s -> s.openDoor().attend(ADMIN, session.getId(), pinos.getId()));
        answer(linkIn("pinos@survey.example.org", "en"), new SurveyAnswer(false, "Too short", true, false));

        assertEquals("participantSurvey.participantsOwn", assertThrows(InputRejected.class, () -> services(s -> {
            s.openDoor().rate(ADMIN, attendance.getId(), new SurveyAnswer(true, "Too short", true, false));
            return null;
        })).messageKey());
        services(s -> {
            s.openDoor().rate(ADMIN, attendance.getId(), new SurveyAnswer(false, "Too short", true, true));
            return null;
        });
        SurveyAnswer stored = services(s -> s.em().find(OpenDoorAttendance.class, attendance.getId()).getSurvey());
        assertEquals(Respondent.PARTICIPANT, stored.answeredBy(), "still the participant's answer");
        assertTrue(stored.quotable());
    }

    @Test
    void aLinkExpiresThirtyDaysAfterItWasSent() {
        Provider sol = provider("Sol", "sol@survey.example.org", ServiceLanguage.EN);
        OpenDoorSession session = services(s -> s.openDoor().schedule(ADMIN,
                new SessionDetails(LocalDate.of(2025, 3, 7), "Sleep", ServiceLanguage.EN, rosa.getId())));
        services(s -> s.openDoor().attend(ADMIN, session.getId(), sol.getId()));
        String token = linkIn("sol@survey.example.org", "en");

        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertEquals(LinkState.OPEN, services(s -> s.surveyLinks().open(token)).state(), "the last second of day 30");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(LinkState.EXPIRED, services(s -> s.surveyLinks().open(token)).state());
        assertEquals(LinkState.EXPIRED, assertThrows(SurveyLinks.LinkUnusable.class,
                () -> answer(token, new SurveyAnswer(true, null, false, false))).state());
    }

    @Test
    void aSeriesAsksItsParticipantsAtItsLastSessionAndConsultationWhenItClosesInTheProvidersLanguage() {
        Provider luna = provider("Luna", "luna@survey.example.org", ServiceLanguage.ES);
        SupportSeries series = services(s -> s.support().start(ADMIN,
                new SeriesDetails("Cuidando a quien cuida", ServiceLanguage.ES, rosa.getId(), LocalDate.of(2024, 9, 4))));
        SupportEnrollment enrollment = services(s -> s.support().enrol(ADMIN, series.getId(), luna.getId()));
        List<SupportSession> sessions = services(s -> s.support().sessions(ADMIN, series.getId()));
        services(s -> {
            s.support().takeAttendance(ADMIN, sessions.get(0).getId(), Set.of(enrollment.getId()));
            return null;
        });
        assertEquals(0, mailsTo("luna"), "the series has not ended");
        services(s -> {
            s.support().takeAttendance(ADMIN, sessions.get(sessions.size() - 1).getId(), Set.of());
            return null;
        });
        String seriesToken = linkIn("luna@survey.example.org", "es");
        assertEquals("Cuidando a quien cuida", services(s -> s.surveyLinks().open(seriesToken)).question().title());
        answer(seriesToken, new SurveyAnswer(true, null, false, false));
        assertEquals(Respondent.PARTICIPANT,
                services(s -> s.em().find(SupportEnrollment.class, enrollment.getId()).getSurvey().answeredBy()));

        Provider estrella = provider("Estrella", "estrella@survey.example.org", null);
        ConsultationAssignment assignment = services(s -> s.consultation().assign(ADMIN, new AssignmentDetails(rosa.getId(),
                estrella.getId(), ConsultationLevel.CLASSROOM, Modality.ON_SITE, LocalDate.of(2025, 1, 6), null,
                AssignmentStatus.ACTIVE, 8, 2, null)));
        assertEquals(0, mailsTo("estrella"), "open consultation asks nothing");
        services(s -> s.consultation().close(ADMIN, assignment.getId(), assignment.getVersion(), LocalDate.of(2025, 3, 14),
                new SurveyAnswer(true, "Typed from the paper form", false, false)));
        assertEquals(Respondent.STAFF,
                services(s -> s.em().find(ConsultationAssignment.class, assignment.getId()).getSurvey().answeredBy()));
        String consultationToken = linkIn("estrella@survey.example.org", "es");
        assertEquals("Rosa Rivera", services(s -> s.surveyLinks().open(consultationToken)).question().title());
        answer(consultationToken, new SurveyAnswer(false, "Me faltó tiempo", true, false));
        SurveyAnswer own = services(s -> s.em().find(ConsultationAssignment.class, assignment.getId()).getSurvey());
        assertEquals(Respondent.PARTICIPANT, own.answeredBy(), "the provider's own answer replaces the typed one");
        assertEquals("Me faltó tiempo", own.comments());
        assertNull(services(s -> s.em().find(SupportEnrollment.class, enrollment.getId()).getSurvey().comments()));
    }

    @Test
    void anAssignmentCreatedAlreadyClosedAsksItsProviderAsOneClosedLaterDoes() {
        Provider mar = provider("Mar", "mar@survey.example.org", ServiceLanguage.EN);
        ConsultationAssignment assignment = services(s -> s.consultation().assign(ADMIN, new AssignmentDetails(rosa.getId(),
                mar.getId(), ConsultationLevel.PROGRAMMATIC, Modality.VIRTUAL, LocalDate.of(2024, 9, 2),
                LocalDate.of(2025, 2, 28), AssignmentStatus.CLOSED, 20, 4, null)));
        String token = linkIn("mar@survey.example.org", "en");
        assertEquals("Rosa Rivera", services(s -> s.surveyLinks().open(token)).question().title());
        answer(token, new SurveyAnswer(true, null, false, false));
        assertEquals(Respondent.PARTICIPANT,
                services(s -> s.em().find(ConsultationAssignment.class, assignment.getId()).getSurvey().answeredBy()));
        services(s -> s.consultation().change(ADMIN, assignment.getId(), s.em().find(ConsultationAssignment.class,
                assignment.getId()).getVersion(), new AssignmentDetails(rosa.getId(), mar.getId(),
                ConsultationLevel.PROGRAMMATIC, Modality.VIRTUAL, LocalDate.of(2024, 9, 2), LocalDate.of(2025, 2, 28),
                AssignmentStatus.CLOSED, 21, 4, null)));
        assertEquals(1, mailsTo("mar"), "a correction to the closed assignment mails no second link");
    }

    /** A provider whose languages are those given, or Spanish only when none is given (as the consultation case). */
    private Provider provider(String name, String email, ServiceLanguage speaks) {
        return services(s -> s.providers().add(new ProviderDetails(name, ProviderKind.CENTER_BASED, "06037", null, null,
                null, null, email, EnumSet.of(speaks == null ? ServiceLanguage.ES : speaks))));
    }

    private void answer(String token, SurveyAnswer answer) {
        services(s -> {
            s.surveyLinks().answer(token, answer);
            return null;
        });
    }

    private long linksFor(long attendanceId) {
        return services(s -> ((Number) s.em().createNativeQuery(
                        "select count(*) from survey_link where survey_kind = 'opendoor' and record_id = ?")
                .setParameter(1, attendanceId).getSingleResult()).longValue());
    }

    private long mailsTo(String mailbox) {
        return services(s -> ((Number) s.em().createNativeQuery("select count(*) from outbox_mail where recipient = ?")
                .setParameter(1, mailbox + "@survey.example.org").getSingleResult()).longValue());
    }

    /** The token of the last survey link mailed to this address, which must be in the given language. */
    private String linkIn(String email, String language) {
        String body = services(s -> (String) s.em().createNativeQuery(
                        "select text_body from outbox_mail where recipient = ? order by id desc")
                .setParameter(1, email).setMaxResults(1).getSingleResult());
        Matcher link = LINK.matcher(body);
        assertTrue(link.find(), body);
        assertEquals(language, link.group(2), body);
        return link.group(1);
    }

    private <T> T services(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, clock)));
    }
}

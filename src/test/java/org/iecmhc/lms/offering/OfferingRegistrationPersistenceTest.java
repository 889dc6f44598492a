package org.iecmhc.lms.offering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.opendoor.OpenDoorSession;
import org.iecmhc.lms.opendoor.SessionDetails;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.mail.CommittedSteps;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderDetails;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ProviderSearch;
import org.iecmhc.lms.provider.ProviderSort;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.support.SeriesDetails;
import org.iecmhc.lms.support.SupportSeries;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.OutboxMail;
import org.iecmhc.lms.testsupport.Ports;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Registering for offerings without an account, against MariaDB: seats only for confirmed addresses, the waiting list
 * that moves up on a cancel, single-purpose links, the limits against abuse, the reminder; the mails go through the
 * real outbox sender to a real SMTP server (GreenMail).
 */
class OfferingRegistrationPersistenceTest {

    private static final Pattern CONFIRM = Pattern.compile("/offerings/confirm\\.xhtml\\?token=([A-Za-z0-9_.-]+)");
    private static final Pattern CANCEL = Pattern.compile("/offerings/cancel\\.xhtml\\?token=([A-Za-z0-9_.-]+)");
    private static final Viewer ADMIN = new Viewer("admin@offering.example.org", true);

    /** One database for the class: each test registers its own addresses for its own offerings. */
    private static TestDatabase db;
    private static Account rosa;

    /** 2026-03-02 09:10 in California. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T17:10:00Z"));
    private final int port = Ports.take();
    private final GreenMail relay = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        rosa = db.inTransaction(em -> Services.on(em, Clock.systemUTC()).accounts().create(new AccountDetails(
                "rosa@offering.example.org", "Rosa", "Rivera", Language.ES, EnumSet.of(Role.CONSULTANT)),
                "long enough password", false));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    void aSeatIsHeldOnlyOnceTheAddressIsConfirmedAndPastTheCapacityConfirmedRegistrantsWait() {
        String key = openDoorSession(2, "Biting and toddlers");
        register(key, "ana@family.example.org", Language.EN);
        register(key, "ben@family.example.org", Language.EN);
        register(key, "eva@family.example.org", Language.ES);
        assertEquals(2, seatsLeft(key), "three registered, nobody confirmed: no seat is held");

        assertEquals(RegistrationState.CONFIRMED, confirm("ana@family.example.org").orElseThrow().getState());
        assertEquals(RegistrationState.CONFIRMED, confirm("ben@family.example.org").orElseThrow().getState());
        assertEquals(0, seatsLeft(key));
        assertEquals(RegistrationState.WAITING, confirm("eva@family.example.org").orElseThrow().getState(),
                "the third confirmed waits");
        assertEquals(List.of("ana@family.example.org", "ben@family.example.org", "eva@family.example.org"),
                staffList(key).stream().map(Registration::getEmail).toList(), "seats first, then the waiting list");
    }

    @Test
    void whenSomeoneHoldingASeatCancelsTheFirstWaitingMovesUpAndIsMailedInTheSameTransaction() {
        String key = openDoorSession(1, "Transitions");
        for (String who : List.of("ana", "ben", "eva")) {
            register(key, who + "@wait.example.org", Language.EN);
            confirm(who + "@wait.example.org");
        }
        assertEquals(List.of(RegistrationState.CONFIRMED, RegistrationState.WAITING, RegistrationState.WAITING),
                staffList(key).stream().map(Registration::getState).toList());

        String anasCancel = linkIn("ana@wait.example.org", CANCEL);
        assertEquals(RegistrationState.CANCELLED, services(s -> s.registrations().cancel(anasCancel)).orElseThrow().getState());
        assertEquals(RegistrationState.CONFIRMED, stateOf(key, "ben@wait.example.org"), "the first to confirm moves up");
        assertEquals(RegistrationState.WAITING, stateOf(key, "eva@wait.example.org"));
        assertEquals("A seat opened: you are registered for Transitions", lastSubject("ben@wait.example.org"));
        assertEquals(0, seatsLeft(key));

        String evasCancel = linkIn("eva@wait.example.org", CANCEL);
        services(s -> s.registrations().cancel(evasCancel));
        assertEquals(RegistrationState.CONFIRMED, stateOf(key, "ben@wait.example.org"), "a waiting cancel moves nobody");
    }

    @Test
    void eachLinkDoesOneThingOnceAndAForgedOrOldOneNothing() {
        String key = openDoorSession(5, "Routines");
        register(key, "ana@links.example.org", Language.EN);
        String confirmToken = linkIn("ana@links.example.org", CONFIRM);
        String cancelToken = linkIn("ana@links.example.org", CANCEL);

        assertTrue(services(s -> s.registrations().cancel(confirmToken)).isEmpty(), "a confirm link cancels nothing");
        assertTrue(services(s -> s.registrations().confirm(cancelToken)).isEmpty(), "a cancel link confirms nothing");
        String forged = confirmToken.substring(0, confirmToken.length() - 2) + (confirmToken.endsWith("AA") ? "BB" : "AA");
        for (String attempt : List.of(forged, "", "x.y", confirmToken + "x")) {
            assertTrue(services(s -> s.registrations().confirm(attempt)).isEmpty(), attempt);
        }
        assertTrue(services(s -> s.registrations().confirm(confirmToken)).isPresent());
        assertTrue(services(s -> s.registrations().confirm(confirmToken)).isEmpty(), "used once");
        assertTrue(services(s -> s.registrations().cancel(cancelToken)).isPresent());
        assertTrue(services(s -> s.registrations().cancel(cancelToken)).isEmpty(), "used once");

        register(key, "ben@links.example.org", Language.EN);
        clock.advance(Registrations.CONFIRM_WITHIN.plusMinutes(1));
        assertTrue(services(s -> s.registrations().confirm(linkIn("ben@links.example.org", CONFIRM))).isEmpty(),
                "a confirm link left too long expires");
    }

    @Test
    void anAddressMayRegisterOnlySoOftenAnHourAndAFilledHoneypotIsRefusedQuietly() {
        for (int i = 0; i <= Registrations.PER_ADDRESS_PER_HOUR; i++) {
            register(openDoorSession(3, "Session " + i), "flood@abuse.example.org", Language.EN);
        }
        assertEquals(Registrations.PER_ADDRESS_PER_HOUR, mailsTo("flood@abuse.example.org"),
                "past the limit, the same answer and no mail");
        clock.advance(Duration.ofMinutes(61));
        String key = openDoorSession(3, "Later");
        register(key, "flood@abuse.example.org", Language.EN);
        assertEquals(Registrations.PER_ADDRESS_PER_HOUR + 1, mailsTo("flood@abuse.example.org"), "an hour later, again");

        services(s -> {
            s.registrations().register(key, new RegistrantDetails("Bot", "bot@abuse.example.org", "Program", "06037",
                    ParticipantRole.TEACHER, Language.EN, "http://spam.example.org"));
            return null;
        });
        assertEquals(0, mailsTo("bot@abuse.example.org"));
        assertTrue(staffList(key).stream().noneMatch(r -> r.getEmail().startsWith("bot@")));

        register(key, "flood2@abuse.example.org", Language.EN);
        register(key, "FLOOD2@abuse.example.org", Language.EN);
        assertEquals(1, mailsTo("flood2@abuse.example.org"), "one registration per address and offering");
    }

    @Test
    void theMailsCarryTheConfirmLinkThenTheMeetingLinkCalendarAndCancelLinkInTheRegistrantsLanguage() throws Exception {
        String key = openDoorSession(3, "Mordidas");
        register(key, "eva@mail.example.org", Language.ES);
        confirm("eva@mail.example.org");
        relay.start();
        CommittedSteps.sender(db, clock, CommittedSteps.relayAt(port, 0)).sendDue();
        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage message : relay.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals("eva@mail.example.org")) {
                received.add(message);
            }
        }
        assertEquals(2, received.size());
        assertEquals("Confirme su inscripción: Mordidas", received.get(0).getSubject());
        assertTrue(CONFIRM.matcher(GreenMailUtil.getBody(received.get(0))).find(), "the confirm link");
        assertEquals("Inscripción confirmada: Mordidas", received.get(1).getSubject());
        String seat = GreenMailUtil.getBody(received.get(1)).replace("=\r\n", "").replace("=3D", "=");
        assertTrue(seat.contains("https://meet.example.org/open-door"), "the meeting link");
        assertTrue(seat.contains("/offerings/invitation.ics?token="), "the calendar invitation");
        assertTrue(CANCEL.matcher(seat).find(), "the cancel link");
        assertTrue(seat.contains("2026-03-10 18:00"), "the time in Pacific time");
    }

    @Test
    void theDayBeforeEveryoneHoldingASeatIsRemindedOnce() {
        String key = openDoorSession(1, "Tomorrow's session");
        register(key, "ana@remind.example.org", Language.EN);
        register(key, "ben@remind.example.org", Language.EN);
        confirm("ana@remind.example.org");
        confirm("ben@remind.example.org");
        ZonedDateTime dayBefore = LocalDate.of(2026, 3, 9).atStartOfDay(PacificTime.ZONE);
        assertEquals(0, (int) services(s -> s.offeringReminders().remind(dayBefore.minusDays(1))), "not two days before");
        assertEquals(1, (int) services(s -> s.offeringReminders().remind(dayBefore)), "the waiting one is not reminded");
        assertEquals("Tomorrow: Tomorrow's session", lastSubject("ana@remind.example.org"));
        assertEquals(0, (int) services(s -> s.offeringReminders().remind(dayBefore)), "nobody twice");
    }

    @Test
    void aProgramTheRegistryDoesNotKnowEntersItUnconfirmedOnceTheAddressIsConfirmedAndAMergeMovesItsRecords() {
        String key = openDoorSession(5, "Outdoor play");
        register(key, "lia@unknown.example.org", "Rainbow Kids Center", ParticipantRole.FAMILY_CHILD_CARE_PROVIDER);
        assertNull(staffList(key).get(0).getProvider(), "an unconfirmed address adds nothing to the registry");
        Provider added = confirm("lia@unknown.example.org").orElseThrow().getProvider();
        assertFalse(added.isConfirmed());
        assertEquals(ProviderKind.FAMILY_CHILD_CARE_HOME, added.getKind(), "the kind the registrant's role suggests");
        assertEquals("06037", added.getCounty().getFips());
        register(key, "max@unknown.example.org", " rainbow kids center", ParticipantRole.TEACHER);
        assertEquals(added.getId(), confirm("max@unknown.example.org").orElseThrow().getProvider().getId(),
                "a second registrant of the same program joins the entry the first one added");
        assertEquals(List.of("Rainbow Kids Center"), services(s -> s.providers().search(new ProviderSearch("rainbow",
                null, null, null, true), 0, 10, ProviderSort.NAME, true)).stream().map(Provider::getName).toList());
        long sessionId = Long.parseLong(key.substring("opendoor-".length()));
        clock.advance(Duration.ofDays(9));
        services(s -> s.openDoor().attend(ADMIN, sessionId, added.getId()));

        Provider real = services(s -> s.providers().add(new ProviderDetails("Rainbow Kids", ProviderKind.CENTER_BASED,
                "06037", "Pasadena", null, null, null, null, EnumSet.of(ServiceLanguage.EN))));
        services(s -> s.providers().merge(added.getId(), real.getId()));
        assertEquals(List.of(real.getId(), real.getId()), staffList(key).stream().map(r -> r.getProvider().getId()).toList());
        assertEquals(real.getId(), services(s -> s.openDoor().attendance(ADMIN, sessionId)).get(0).getProvider().getId(),
                "the attendance moves with the registrations");
        assertTrue(services(s -> s.providers().find(added.getId())).isEmpty(), "the merged entry is gone");
        assertEquals(List.of(), services(s -> s.providers().search(new ProviderSearch("rainbow", null, null, null, true),
                0, 10, ProviderSort.NAME, true)), "nothing left for staff to settle");

        Provider again = services(s -> s.providers().addUnconfirmed("Rainbow Kidz", ProviderKind.CENTER_BASED, "06037",
                ServiceLanguage.EN));
        services(s -> s.openDoor().attend(ADMIN, sessionId, again.getId()));
        assertEquals("registration.merge.bothTookPart", assertThrows(InputRejected.class,
                () -> services(s -> s.providers().merge(again.getId(), real.getId()))).messageKey(),
                "the kept entry attended the same session: a person chooses which attendance stays");
        assertEquals(2, services(s -> s.openDoor().attendance(ADMIN, sessionId)).size(), "nothing moved");
    }

    @Test
    void theStaffListMarksAProgramARegistrantAddedToTheRegistryInTheSameQueryAsTheRegistrations() {
        String key = openDoorSession(100, "Big feelings");
        services(s -> s.providers().add(new ProviderDetails("Known Center", ProviderKind.CENTER_BASED, "06037",
                "Pasadena", null, null, null, null, EnumSet.of(ServiceLanguage.EN))));
        register(key, "kim@known.example.org", "Known Center", ParticipantRole.TEACHER);
        confirm("kim@known.example.org");
        register(key, "noa@new.example.org", "Sunflower Home", ParticipantRole.FAMILY_CHILD_CARE_PROVIDER);
        confirm("noa@new.example.org");
        register(key, "una@unconfirmed.example.org", "Daisy Home", ParticipantRole.TEACHER);

        List<RegistrationRow> rows = staffRows(key);
        assertEquals(List.of("kim@known.example.org", "noa@new.example.org", "una@unconfirmed.example.org"),
                rows.stream().map(RegistrationRow::email).toList());
        assertEquals(List.of(true, true, false), rows.stream().map(RegistrationRow::inRegistry).toList(),
                "an address not confirmed yet has added nothing to the registry");
        assertEquals(List.of(false, true, false), rows.stream().map(RegistrationRow::programToConfirm).toList(),
                "only the entry a registrant added awaits staff");

        int[] registered = {rows.size()};
        // The offering, its facilitator and their roles for the access check; then the registrations, one query.
        db.statements().assertConstantAsRowsGrow("an offering's registrations for staff", 4, target -> {
            for (; registered[0] < target; registered[0]++) {
                String email = "grow" + registered[0] + "@many.example.org";
                register(key, email, registered[0] % 2 == 0 ? "Known Center" : "Program " + registered[0],
                        ParticipantRole.TEACHER);
                confirm(email);
            }
        }, () -> staffRows(key));
    }

    @Test
    void aSupportSeriesIsOfferedFromItsFirstSessionWithItsNumberOfMeetings() {
        SupportSeries series = services(s -> s.support().start(ADMIN, new SeriesDetails("Apoyo", ServiceLanguage.ES,
                rosa.getId(), LocalDate.of(2026, 4, 1))));
        assertTrue(services(s -> s.offerings().open()).stream().noneMatch(o -> o.offering().id() == series.getId()
                && o.offering().kind().equals("support")), "not open without a capacity");
        services(s -> s.support().offer(ADMIN, series.getId(), new OfferingTerms(12, OfferingFormat.IN_PERSON, null)));
        assertTrue(services(s -> s.offerings().open()).stream().anyMatch(o -> o.offering().key().equals("support-"
                + series.getId())), "on the public list once it has seats");
        OpenOffering offered = services(s -> s.offerings().openAt("support-" + series.getId())).orElseThrow();
        assertEquals(12, offered.seatsLeft());
        assertEquals(LocalDate.of(2026, 4, 1), offered.offering().getStartsAtPacific().toLocalDate());
        assertTrue(offered.offering().meetings() > 1);
        clock.advance(Duration.ofDays(31));
        assertTrue(services(s -> s.offerings().openAt("support-" + series.getId())).isEmpty(), "closed once it began");
    }

    private String openDoorSession(int capacity, String title) {
        OpenDoorSession session = services(s -> s.openDoor().schedule(ADMIN, new SessionDetails(LocalDate.of(2026, 3, 10),
                title, ServiceLanguage.ES, rosa.getId())));
        services(s -> s.openDoor().offer(ADMIN, session.getId(), new MeetingTime(LocalDate.of(2026, 3, 10),
                LocalTime.of(18, 0), 60), new OfferingTerms(capacity, OfferingFormat.ONLINE, "https://meet.example.org/open-door")));
        return "opendoor-" + session.getId();
    }

    private void register(String key, String email, Language language) {
        services(s -> {
            s.registrations().register(key, new RegistrantDetails("Pat Doe", email, "Little Steps", "06037",
                    ParticipantRole.TEACHER, language, ""));
            return null;
        });
    }

    private void register(String key, String email, String program, ParticipantRole role) {
        services(s -> {
            s.registrations().register(key, new RegistrantDetails("Pat Doe", email, program, "06037", role, Language.EN, ""));
            return null;
        });
    }

    private Optional<Registration> confirm(String email) {
        String token = linkIn(email, CONFIRM);
        return services(s -> s.registrations().confirm(token));
    }

    private int seatsLeft(String key) {
        return services(s -> s.offerings().openAt(key)).orElseThrow().seatsLeft();
    }

    private List<Registration> staffList(String key) {
        String[] parts = key.split("-");
        return services(s -> s.registrations().forStaff(ADMIN, parts[0], Long.parseLong(parts[1])));
    }

    private List<RegistrationRow> staffRows(String key) {
        String[] parts = key.split("-");
        return services(s -> s.registrations().forStaff(ADMIN, parts[0], Long.parseLong(parts[1])).stream()
                .map(RegistrationRow::of).toList());
    }

    private RegistrationState stateOf(String key, String email) {
        return staffList(key).stream().filter(r -> r.getEmail().equals(email)).findFirst().orElseThrow().getState();
    }

    private String linkIn(String email, Pattern link) {
        return OutboxMail.linkIn(db, email, link);
    }

    private String lastSubject(String email) {
        return OutboxMail.lastSubject(db, email);
    }

    private int mailsTo(String email) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from outbox_mail where recipient = ?1")
                .setParameter(1, email).getSingleResult()).intValue());
    }

    private <T> T services(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, clock)));
    }
}

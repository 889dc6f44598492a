package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.helpline.ReferralCounts.ResourceReferrals;
import org.iecmhc.lms.helpline.ReferralCounts.TopicReferrals;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The helpline's referral directory: what a resource must have, how the directory filters, which resources a call may
 * be referred to, that a referred resource is deactivated and never deleted, and the yearly counts by resource and
 * by topic, one query each.
 */
class ReferralDirectoryPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T19:00:00Z"), ZoneOffset.UTC);
    private static final String FRESNO = "06019";
    private static final String KERN = "06029";
    private static final String LOS_ANGELES = "06037";

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    /** One migrated database for the class (a migration costs seconds); each test starts from no calls and no resources. */
    @BeforeEach
    void emptyTheDirectory() {
        db.inTransaction(em -> {
            for (String table : List.of("helpline_call_referral", "helpline_call_topic", "helpline_call",
                    "referral_resource_county", "referral_resource_language", "referral_resource_topic", "referral_resource")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
            return null;
        });
        db.entityManagerFactory().getCache().evictAll();
    }

    @Test
    void aResourceNeedsANameAKindALanguageAndAContactAndRefusesTooLongTextAtItsField() {
        assertRefused("name", "referral.name.required", details(" ", ResourceKind.HEALTH, List.of(), List.of()));
        assertRefused("name", "referral.name.tooLong",
                details("x".repeat(HelplineLimits.RESOURCE_NAME + 1), ResourceKind.HEALTH, List.of(), List.of()));
        assertRefused("kind", "referral.kind.required", details("Clinic", null, List.of(), List.of()));
        assertRefused("languages", "referral.languages.required", new ResourceDetails("Clinic", ResourceKind.HEALTH,
                List.of(), Set.of(), List.of(), "555-0100"));
        assertRefused("contact", "referral.contact.tooLong", new ResourceDetails("Clinic", ResourceKind.HEALTH,
                List.of(), Set.of(ServiceLanguage.EN), List.of(), "x".repeat(HelplineLimits.RESOURCE_CONTACT + 1)));
        assertRefused("counties", "form.county.unknown", details("Clinic", ResourceKind.HEALTH, List.of("Atlantis"), List.of()));
        assertEquals(0L, (long) db.inTransaction(em -> directory(em).count(ResourceFilter.everything())));
    }

    @Test
    void theDirectoryFiltersByCountyKindTopicAndStateAndACallIsOfferedWhatServesItsCounty() {
        long biting = topic("BITING");
        long sleep = topic("SLEEP");
        add("Fresno Clinic", ResourceKind.MENTAL_HEALTH, List.of(FRESNO), List.of(biting));
        long statewide = add("Warmline California", ResourceKind.FAMILY_SUPPORT, List.of(), List.of(sleep));
        long kernEarlyStart = add("Kern Early Start", ResourceKind.EARLY_INTERVENTION, List.of(KERN, FRESNO), List.of(biting, sleep));
        long retired = add("Closed Center", ResourceKind.MENTAL_HEALTH, List.of(FRESNO), List.of());
        db.inTransaction(em -> {
            directory(em).setActive(retired, false);
            return null;
        });

        assertEquals(List.of("Closed Center", "Fresno Clinic", "Kern Early Start", "Warmline California"),
                names(ResourceFilter.everything()));
        assertEquals(List.of("Fresno Clinic", "Kern Early Start", "Warmline California"),
                names(new ResourceFilter(FRESNO, null, null, true)), "Fresno's own and the statewide ones");
        assertEquals(List.of("Kern Early Start", "Warmline California"), names(new ResourceFilter(KERN, null, null, null)));
        assertEquals(List.of("Warmline California"), names(new ResourceFilter(LOS_ANGELES, null, null, null)));
        assertEquals(List.of("Closed Center", "Fresno Clinic"), names(new ResourceFilter(null, ResourceKind.MENTAL_HEALTH, null, null)));
        assertEquals(List.of("Fresno Clinic", "Kern Early Start"), names(new ResourceFilter(null, null, biting, null)));
        assertEquals(List.of("Closed Center"), names(new ResourceFilter(null, null, null, false)));
        assertEquals(2L, (long) db.inTransaction(em -> directory(em).count(new ResourceFilter(FRESNO, null, biting, true))));
        assertEquals(List.of("Warmline California", "Kern Early Start", "Fresno Clinic", "Closed Center"),
                db.inTransaction(em -> directory(em).search(ResourceFilter.everything(), 0, 10, ResourceSort.NAME, false))
                        .stream().map(ReferralResource::getName).toList(), "sorted the other way");

        assertEquals(List.of("Fresno Clinic", "Kern Early Start", "Warmline California"), choices(FRESNO, List.of()),
                "the deactivated resource is not offered");
        assertEquals(List.of("Warmline California"), choices(LOS_ANGELES, List.of()));
        assertEquals(List.of("Fresno Clinic", "Kern Early Start", "Warmline California"), choices(null, List.of()),
                "every active resource before a county is chosen");
        assertEquals(List.of("Warmline California", "Closed Center"), choices(LOS_ANGELES, List.of(retired)),
                "what the call refers to already stays on offer");
        assertTrue(db.inTransaction(em -> directory(em).find(statewide)).orElseThrow().isStatewide());
        assertEquals(List.of("Fresno", "Kern"), db.inTransaction(em -> directory(em).find(kernEarlyStart)).orElseThrow()
                .getCounties().stream().map(Object::toString).toList());
    }

    @Test
    void aCallKeepsAResourceDeactivatedSinceButANewReferralMustBeActiveAndAReferredResourceIsNeverDeleted() {
        long clinic = add("Fresno Clinic", ResourceKind.MENTAL_HEALTH, List.of(FRESNO), List.of());
        long mistake = add("Typed by mistake", ResourceKind.OTHER, List.of(), List.of());
        long callId = call(LocalDateTime.of(2025, 3, 4, 10, 0), List.of(), List.of(clinic));
        db.inTransaction(em -> {
            directory(em).setActive(clinic, false);
            return null;
        });

        InputRejected refused = assertThrows(InputRejected.class,
                () -> call(LocalDateTime.of(2025, 3, 5, 10, 0), List.of(), List.of(clinic)));
        assertEquals("referred", refused.field());
        assertEquals("referral.call.unknown", refused.messageKey());

        db.inTransaction(em -> {
            HelplineCall call = em.find(HelplineCall.class, callId);
            return Services.on(em, CLOCK).helplineCalls().correct(callId, call.getVersion(), form(
                    LocalDateTime.of(2025, 3, 4, 10, 0), 25, List.of(), List.of(clinic)));
        });
        assertEquals(Set.of("Fresno Clinic"), db.inTransaction(em -> em.find(HelplineCall.class, callId).getReferred()
                .stream().map(ReferralResource::getName).collect(Collectors.toSet())),
                "correcting the call keeps the resource it referred to");

        InputRejected inUse = assertThrows(InputRejected.class, () -> db.inTransaction(em -> {
            directory(em).remove(clinic);
            return null;
        }));
        assertEquals("referral.resource.referred", inUse.messageKey());
        db.inTransaction(em -> {
            directory(em).remove(mistake);
            return null;
        });
        assertEquals(List.of("Fresno Clinic"), names(ResourceFilter.everything()));
    }

    @Test
    void referralsOfAFiscalYearAreCountedByResourceAndByCallTopicOneQueryEach() {
        long biting = topic("BITING");
        long sleep = topic("SLEEP");
        long trauma = topic("TRAUMA");
        long clinic = add("Fresno Clinic", ResourceKind.MENTAL_HEALTH, List.of(FRESNO), List.of());
        long warmline = add("Warmline California", ResourceKind.FAMILY_SUPPORT, List.of(), List.of());
        long earlyStart = add("Kern Early Start", ResourceKind.EARLY_INTERVENTION, List.of(KERN), List.of());
        // Fiscal year 2024-2025, from July 1 2024 00:00 Pacific to June 30 2025 23:59 Pacific.
        call(LocalDateTime.of(2024, 7, 1, 0, 5), List.of(biting), List.of(clinic, warmline));
        call(LocalDateTime.of(2024, 11, 12, 9, 0), List.of(biting, sleep), List.of(warmline));
        call(LocalDateTime.of(2025, 2, 3, 14, 0), List.of(), List.of(warmline));
        call(LocalDateTime.of(2025, 5, 30, 16, 0), List.of(trauma), List.of(earlyStart, warmline));
        call(LocalDateTime.of(2025, 4, 1, 8, 0), List.of(sleep), List.of());
        // The year before, and a minute before the year began.
        call(LocalDateTime.of(2024, 6, 30, 23, 59), List.of(biting), List.of(clinic));
        call(LocalDateTime.of(2023, 9, 1, 10, 0), List.of(trauma), List.of(earlyStart));

        FiscalYear year = new FiscalYear(2024);
        List<ResourceReferrals> byResource = db.inTransaction(em -> counted(() -> counts(em).byResource(year)));
        assertEquals(List.of(new ResourceReferrals("Warmline California", ResourceKind.FAMILY_SUPPORT, 4),
                new ResourceReferrals("Fresno Clinic", ResourceKind.MENTAL_HEALTH, 1),
                new ResourceReferrals("Kern Early Start", ResourceKind.EARLY_INTERVENTION, 1)), byResource);

        List<TopicReferrals> byTopic = db.inTransaction(em -> counted(() -> counts(em).byTopic(year)));
        assertEquals(List.of("Biting 3", "Sleep 1", "Trauma 2"), byTopic.stream()
                .map(row -> row.name(Locale.ENGLISH) + " " + row.referrals()).toList(),
                "the first call's two referrals, the second's one; the fourth's two under trauma");
        assertEquals("Mordidas", byTopic.get(0).name(Locale.forLanguageTag("es")));

        List<ResourceReferrals> before = db.inTransaction(em -> counts(em).byResource(new FiscalYear(2023)));
        assertEquals(List.of(new ResourceReferrals("Fresno Clinic", ResourceKind.MENTAL_HEALTH, 1),
                new ResourceReferrals("Kern Early Start", ResourceKind.EARLY_INTERVENTION, 1)), before);
        assertEquals(List.of(), db.inTransaction(em -> counts(em).byTopic(new FiscalYear(2022))));
    }

    /** Runs the report query in one SQL statement: no query per resource or topic. */
    private static <T> T counted(Supplier<T> report) {
        Object[] result = new Object[1];
        List<String> sql = db.statements().sqlOf(() -> result[0] = report.get());
        assertEquals(1, sql.size(), sql.toString());
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }

    private void assertRefused(String field, String key, ResourceDetails details) {
        InputRejected refused = assertThrows(InputRejected.class, () -> db.inTransaction(em -> directory(em).add(details)));
        assertEquals(field, refused.field());
        assertEquals(key, refused.messageKey());
    }

    private static ResourceDetails details(String name, ResourceKind kind, List<String> counties, List<Long> topics) {
        return new ResourceDetails(name, kind, counties, EnumSet.of(ServiceLanguage.EN, ServiceLanguage.ES), topics,
                "559-555-0100, help@example.org");
    }

    private long add(String name, ResourceKind kind, List<String> counties, List<Long> topics) {
        return db.inTransaction(em -> directory(em).add(details(name, kind, counties, topics))).getId();
    }

    private long topic(String code) {
        return db.inTransaction(em -> em.createQuery("select t.id from HelplineTopic t where t.code = :code", Long.class)
                .setParameter("code", code).getSingleResult());
    }

    private long call(LocalDateTime pacific, List<Long> topics, List<Long> referred) {
        return db.inTransaction(em -> Services.on(em, CLOCK).helplineCalls().record(form(pacific, 20, topics, referred)))
                .getId();
    }

    private static CallForm form(LocalDateTime pacific, int minutes, List<Long> topics, List<Long> referred) {
        return new CallForm(pacific, minutes, CallerRole.CENTER_STAFF, null, null, FRESNO, ServiceLanguage.EN, topics,
                false, null, false, referred);
    }

    private List<String> names(ResourceFilter filter) {
        return db.inTransaction(em -> directory(em).search(filter, 0, 25, ResourceSort.NAME, true)).stream()
                .map(ReferralResource::getName).toList();
    }

    private List<String> choices(String countyFips, List<Long> referred) {
        return db.inTransaction(em -> directory(em).choicesFor(countyFips, referred)).stream()
                .map(ReferralResource::getName).toList();
    }

    private static ReferralDirectory directory(EntityManager em) {
        return Services.on(em, CLOCK).referralDirectory();
    }

    private static ReferralCounts counts(EntityManager em) {
        return Services.on(em, CLOCK).referralCounts();
    }
}

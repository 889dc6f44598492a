package org.iecmhc.lms.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The provider registry's rules and searches against MariaDB. */
class ProviderRegistryPersistenceTest {

    private static TestDatabase db;

    @BeforeAll
    static void fillRegistry() {
        db = TestDatabase.migrated();
        registry(r -> r.add(details("Little Acorns", ProviderKind.CENTER_BASED, "06001", "Oakland", EnumSet.of(ServiceLanguage.EN, ServiceLanguage.ES))));
        registry(r -> r.add(details("Casita de Colores", ProviderKind.FAMILY_CHILD_CARE_HOME, "Los Angeles", "Pomona", EnumSet.of(ServiceLanguage.ES))));
        registry(r -> r.add(details("Acorn Grove FFN", ProviderKind.FFN_CAREGIVER, "037", "Whittier", EnumSet.of(ServiceLanguage.EN))));
        registry(r -> r.add(details("Bayview Center", ProviderKind.CENTER_BASED, "San Francisco", null, EnumSet.of(ServiceLanguage.OTHER))));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void searchesByTextKindCountyAndLanguageTogether() {
        assertEquals(List.of("Acorn Grove FFN", "Little Acorns"), names(new ProviderSearch("acorn", null, null, null)));
        assertEquals(List.of("Acorn Grove FFN", "Casita de Colores"), names(new ProviderSearch(null, null, "06037", null)));
        assertEquals(List.of("Casita de Colores", "Little Acorns"), names(new ProviderSearch(null, null, null, ServiceLanguage.ES)));
        assertEquals(List.of("Little Acorns"), names(new ProviderSearch("oak", ProviderKind.CENTER_BASED, "06001", ServiceLanguage.EN)));
        assertEquals(2L, (long) registry(r -> r.count(new ProviderSearch(null, ProviderKind.CENTER_BASED, null, null))));
    }

    @Test
    void pagesAndSortsByCounty() {
        List<Provider> page = registry(r -> r.search(ProviderSearch.everything(), 1, 2, ProviderSort.COUNTY, true));
        assertEquals(List.of("Los Angeles", "Los Angeles"), page.stream().map(p -> p.getCounty().getName()).toList());
        assertEquals(2L, (long) registry(r -> r.count(new ProviderSearch("acorn", null, null, ServiceLanguage.EN))),
                "a provider with two languages counts once");
    }

    @Test
    void refusesACountyOutsideCaliforniaAMissingNameAndABadEmail() {
        InputRejected county = assertThrows(InputRejected.class, () -> registry(r -> r.add(
                details("Desert Kids", ProviderKind.CENTER_BASED, "Maricopa", null, EnumSet.of(ServiceLanguage.EN)))));
        assertEquals("county", county.field());
        InputRejected name = assertThrows(InputRejected.class, () -> registry(r -> r.add(
                details(" ", ProviderKind.CENTER_BASED, "06001", null, EnumSet.of(ServiceLanguage.EN)))));
        assertEquals("name", name.field());
        InputRejected email = assertThrows(InputRejected.class, () -> registry(r -> r.add(new ProviderDetails(
                "Emailers", ProviderKind.CENTER_BASED, "06001", null, null, null, null, "not-an-email", EnumSet.of(ServiceLanguage.EN)))));
        assertEquals("contactEmail", email.field());
        assertEquals(0L, (long) registry(r -> r.count(new ProviderSearch("desert", null, null, null))));
    }

    @Test
    void refusesATextLongerThanItsColumnAtItsField() {
        InputRejected city = assertThrows(InputRejected.class, () -> registry(r -> r.add(new ProviderDetails(
                "Long Town", ProviderKind.CENTER_BASED, "06001", "c".repeat(ProviderLimits.CITY + 1), null, null, null,
                null, EnumSet.of(ServiceLanguage.EN)))));
        assertEquals("city", city.field());
        InputRejected phone = assertThrows(InputRejected.class, () -> registry(r -> r.add(new ProviderDetails(
                "Long Phone", ProviderKind.CENTER_BASED, "06001", null, "L".repeat(ProviderLimits.LICENSE_NUMBER), null,
                "5".repeat(ProviderLimits.CONTACT_PHONE + 1), null, EnumSet.of(ServiceLanguage.EN)))));
        assertEquals("contactPhone", phone.field(), "a license of exactly its limit fits");
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefused() {
        Provider added = registry(r -> r.add(details("Versioned Care", ProviderKind.FFN_CAREGIVER, "06067", null, EnumSet.of(ServiceLanguage.EN))));
        registry(r -> r.change(added.getId(), added.getVersion(),
                details("Versioned Care Renamed", ProviderKind.FFN_CAREGIVER, "06067", null, EnumSet.of(ServiceLanguage.EN))));
        assertThrows(RecordChangedMeanwhile.class, () -> registry(r -> r.change(added.getId(), added.getVersion(),
                details("Lost Change", ProviderKind.FFN_CAREGIVER, "06067", null, EnumSet.of(ServiceLanguage.EN)))));
        registry(r -> { r.setActive(added.getId(), false); return null; });
    }

    @Test
    void staffConfirmAnUnconfirmedEntryOrMergeItIntoAConfirmedOneButNothingElse() {
        Provider first = registry(r -> r.addUnconfirmed("Sol y Luna", ProviderKind.FFN_CAREGIVER, "06067", ServiceLanguage.OTHER));
        Provider second = registry(r -> r.addUnconfirmed("Sol & Luna", ProviderKind.FFN_CAREGIVER, "06067", ServiceLanguage.OTHER));
        assertEquals(List.of("Sol & Luna", "Sol y Luna"), names(new ProviderSearch(null, null, null, null, true)),
                "the filter keeps only what awaits staff");
        assertEquals("registration.merge.keptUnconfirmed", assertThrows(InputRejected.class,
                () -> registry(r -> r.merge(second.getId(), first.getId()))).messageKey(), "not into another unconfirmed one");
        assertEquals(ProviderKind.FFN_CAREGIVER, registry(r -> r.confirm(first.getId())).getKind());
        assertEquals("registration.merge.confirmed", assertThrows(InputRejected.class,
                () -> registry(r -> r.merge(first.getId(), second.getId()))).messageKey(), "a confirmed entry stays");
        assertEquals("registration.merge.keptRequired", assertThrows(InputRejected.class,
                () -> registry(r -> r.merge(second.getId(), null))).messageKey());
        assertEquals("registration.merge.keptUnconfirmed", assertThrows(InputRejected.class,
                () -> registry(r -> r.merge(second.getId(), second.getId()))).messageKey(), "not into itself");
        registry(r -> r.merge(second.getId(), first.getId()));
        assertEquals(List.of(), names(new ProviderSearch("sol", null, null, null, true)));
        assertEquals(List.of("Sol y Luna"), names(new ProviderSearch("sol", null, null, null)));
    }

    private static List<String> names(ProviderSearch search) {
        return registry(r -> r.search(search, 0, 50, ProviderSort.NAME, true)).stream()
                .map(Provider::getName).filter(n -> !n.startsWith("Versioned")).toList();
    }

    private static ProviderDetails details(String name, ProviderKind kind, String county, String city, EnumSet<ServiceLanguage> languages) {
        return new ProviderDetails(name, kind, county, city, null, null, null, null, languages);
    }

    private static <T> T registry(Function<ProviderRegistry, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, Clock.systemUTC()).providers()));
    }
}

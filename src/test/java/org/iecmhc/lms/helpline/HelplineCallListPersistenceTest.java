package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.web.PagedList;
import org.iecmhc.lms.platform.web.SortColumn;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A page of the call list costs the same few statements however many calls it shows, and its count stops at the
 * count limit however many calls there are (issue 17).
 */
class HelplineCallListPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] COUNTIES = {"Fresno", "Los Angeles", "06073", "San Diego", "Kern"};
    private static final String[] TOPICS = {"biting;sleep", "trauma;separation", "toileting;other", "staff wellness;biting"};

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();
    private int stored;

    @Test
    void aPageOfFiftyCallsWithTheirTopicsCostsNoMoreStatementsThanAPageOfFive() {
        db.statements().assertConstantAsRowsGrow("Helpline call list (count, page, topics of every call)", 3,
                this::storeCallsUpTo, this::viewPage);
    }

    @Test
    void thePageShownAsLinesCostsTheSameFewStatementsAndSaysWhatTheCallsSay() {
        db.statements().assertConstantAsRowsGrow("Helpline call list as lines (page's columns, page's topics, the"
                + " topic list once per instance)", 3, this::storeCallsUpTo, this::viewLines);
        db.inTransaction(em -> {
            HelplineCalls list = Services.on(em, CLOCK).helplineCalls();
            for (CallSort sort : CallSort.values()) {
                List<HelplineCall> calls = list.search(CallFilter.everything(), 10, 20, sort, true);
                List<CallLine> lines = list.lines(CallFilter.everything(), 10, 20, sort, true);
                assertEquals(calls.stream().map(HelplineCall::getId).toList(), lines.stream().map(CallLine::id).toList(),
                        "the same calls in the same order, by " + sort);
                for (int i = 0; i < calls.size(); i++) {
                    HelplineCall call = calls.get(i);
                    CallLine line = lines.get(i);
                    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                        assertEquals(call.topicNames(locale), line.topicNames(locale), "topics in the list's order");
                    }
                    assertEquals(List.of(call.getReceivedAt(), call.isOutsideHours(), call.getDurationMinutes(),
                                    call.getCallerRole(), call.getCounty().getName(), call.getLanguage(),
                                    call.isConsultationRecommended()),
                            List.of(line.receivedAt(), line.outsideHours(), line.durationMinutes(), line.callerRole(),
                                    line.county(), line.language(), line.consultationRecommended()));
                }
            }
            return null;
        });
    }

    @Test
    void aListLongerThanTheCountLimitCountsNoFurtherSaysMoreThanAndStillPagesToItsEnd() {
        storeCallsUpTo(Conditions.COUNT_LIMIT + 50);
        List<String> sql = db.statements().sqlOf(() -> db.inTransaction(em -> {
            assertEquals(Conditions.COUNT_LIMIT + 1, Services.on(em, CLOCK).helplineCalls().count(CallFilter.everything()));
            return null;
        }));
        assertEquals(1, sql.size(), sql.toString());
        assertTrue(sql.get(0).toUpperCase(Locale.ROOT).contains(" LIMIT "), "the count stops reading at the limit: " + sql);

        db.inTransaction(em -> {
            HelplineCalls list = Services.on(em, CLOCK).helplineCalls();
            PagedList<HelplineCall> all = list(list, CallFilter.everything());
            assertEquals(Conditions.COUNT_LIMIT, all.count(Map.of()), "pages through the first ten thousand");
            assertTrue(all.isMore());
            assertEquals("{startRecord}-{endRecord} / more than 10,000", all.pageReport(Locale.ENGLISH));
            assertEquals("{startRecord}-{endRecord} / más de 10.000", all.pageReport(Locale.forLanguageTag("es")));
            List<HelplineCall> lastPage = all.load(Conditions.COUNT_LIMIT - 25, 25, Map.of(), Map.of());
            assertEquals(25, lastPage.size(), "the last page of the ten thousand is there");
            List<HelplineCall> oldest = all.load(0, 1, Map.of("receivedAt", SortMeta.builder().field("receivedAt")
                    .order(SortOrder.ASCENDING).build()), Map.of());
            assertEquals(LocalDateTime.of(2024, 7, 1, 9, 0), oldest.get(0).getReceivedAtPacific(),
                    "sorted the other way, the list starts at the other end");

            PagedList<HelplineCall> fresno = list(list, new CallFilter(null, null, "06019", null, null, null));
            assertEquals(2_010, fresno.count(Map.of()), "below the limit the count is exact");
            assertFalse(fresno.isMore());
            assertEquals("{startRecord}-{endRecord} / {totalRecords}", fresno.pageReport(Locale.ENGLISH));
            return null;
        });
    }

    @Test
    void eachFilterCountsTheCallsItsPagesShow() {
        StringBuilder csv = new StringBuilder(String.join(",", CallImportReader.COLUMNS)).append('\n');
        String[] roles = {"CENTER_STAFF", "FCC_PROVIDER", "FFN_CAREGIVER"};
        String[] languages = {"en", "es", "other"};
        for (int i = 0; i < 60; i++) {
            csv.append(LocalDateTime.of(2024, 7, 1, 9, 0).plusHours(7L * i)).append(",15,").append(roles[i % 3])
                    .append(",caller-").append(i).append(',').append(COUNTIES[i % COUNTIES.length]).append(',')
                    .append(languages[i % 2 + i % 3 / 2]).append(',').append(TOPICS[i % TOPICS.length]).append(',')
                    .append(i % 4 == 0 ? "yes" : "no").append('\n');
        }
        store(csv.toString());
        db.inTransaction(em -> {
            HelplineCalls calls = Services.on(em, CLOCK).helplineCalls();
            long trauma = Services.on(em, CLOCK).helplineTopics().all().stream()
                    .filter(topic -> topic.name(Locale.ENGLISH).toLowerCase(Locale.ROOT).contains("trauma"))
                    .findFirst().orElseThrow().getId();
            LocalDate first = LocalDate.of(2024, 7, 3);
            for (CallFilter filter : List.of(new CallFilter(first, first.plusDays(4), null, null, null, null),
                    new CallFilter(null, null, "06019", null, null, null), new CallFilter(null, null, null, ServiceLanguage.ES, null, null),
                    new CallFilter(null, null, null, null, trauma, null), new CallFilter(null, null, null, null, null, true),
                    new CallFilter(null, null, null, null, null, null, CallerRole.FFN_CAREGIVER),
                    new CallFilter(first, null, "06037", ServiceLanguage.EN, null, false, CallerRole.CENTER_STAFF))) {
                long count = calls.count(filter);
                assertTrue(count > 0 && count < 60, filter + " counts " + count);
                assertEquals(calls.search(filter, 0, 100, CallSort.RECEIVED, false).size(), count, filter.toString());
            }
            assertEquals(0, calls.count(new CallFilter(first.plusYears(2), null, null, null, null, null)));
            return null;
        });
    }

    private static PagedList<HelplineCall> list(HelplineCalls calls, CallFilter filter) {
        return PagedList.sorted(() -> calls.count(filter),
                (first, size, column, ascending) -> calls.search(filter, first, size, column, ascending),
                SortColumn.sorting(CallSort.RECEIVED, false), HelplineCall::getId);
    }

    private void viewPage() {
        db.inTransaction(em -> {
            HelplineCalls list = Services.on(em, CLOCK).helplineCalls();
            assertEquals(stored, list.count(CallFilter.everything()));
            List<HelplineCall> shown = list.search(CallFilter.everything(), 0, 100, CallSort.RECEIVED, false);
            assertEquals(2 * stored, shown.stream().mapToInt(call -> call.getTopics().size()).sum(), "two topics each");
            return shown;
        });
    }

    private void viewLines() {
        db.inTransaction(em -> {
            List<CallLine> shown = Services.on(em, CLOCK).helplineCalls().lines(CallFilter.everything(), 0, 100,
                    CallSort.RECEIVED, false);
            assertEquals(stored, shown.size());
            assertEquals(2 * stored, shown.stream().mapToInt(line -> line.topics().size()).sum(), "two topics each");
            return shown;
        });
    }

    private void storeCallsUpTo(int calls) {
        StringBuilder csv = new StringBuilder(String.join(",", CallImportReader.COLUMNS)).append('\n');
        for (int i = stored; i < calls; i++) {
            csv.append(LocalDateTime.of(2024, 7, 1, 9, 0).plusMinutes(30L * i)).append(",15,CENTER_STAFF,caller-").append(i)
                    .append(',').append(COUNTIES[i % COUNTIES.length]).append(",en,").append(TOPICS[i % TOPICS.length])
                    .append(",no\n");
        }
        store(csv.toString());
        stored = calls;
    }

    private void store(String csv) {
        ImportResult<CallRecord> result = db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK);
            return new CallImportReader(services.counties().lookup(), new TopicLookup(services.helplineTopics().all()), CLOCK);
        }).read(csv);
        assertTrue(result.isClean(), result.problems().toString());
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            CallBatchWriter.insert(connection, result.records());
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("The calls could not be stored", e);
        }
    }
}

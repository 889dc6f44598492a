package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.StatementCounter.Counted;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page of the call list costs the same few statements however many calls it shows (issue 17). */
class HelplineCallListPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] COUNTIES = {"Fresno", "Los Angeles", "06073", "San Diego", "Kern"};
    private static final String[] TOPICS = {"biting;sleep", "trauma;separation", "toileting;other", "staff wellness;biting"};

    private TestDatabase db;

    @BeforeEach
    void database() {
        db = TestDatabase.migrated();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aPageOfFiftyCallsWithTheirTopicsCostsNoMoreStatementsThanAPageOfFive() throws SQLException {
        store(0, 5);
        long five = statementsOfAPage(5);
        store(5, 50);
        long fifty = statementsOfAPage(50);
        System.out.printf("Helpline call list, page with its count and every call's topics: %d statements for 5 calls, "
                + "%d for 50%n", five, fifty);
        assertEquals(five, fifty, "statements for 5 calls, then for 50");
        assertTrue(fifty <= 3, fifty + " statements");
    }

    /** The second view of the page: the first has put the counties in the shared cache, as on a running server. */
    private long statementsOfAPage(int calls) {
        page(calls);
        return page(calls);
    }

    private long page(int calls) {
        Counted<Integer> page = db.statements().count(() -> db.inTransaction(em -> {
            HelplineCalls list = Services.on(em, CLOCK).helplineCalls();
            long total = list.count(CallFilter.everything());
            List<HelplineCall> shown = list.search(CallFilter.everything(), 0, 100, CallSort.RECEIVED, false);
            int topics = shown.stream().mapToInt(call -> call.getTopics().size()).sum();
            assertEquals(calls, total);
            return topics;
        }));
        assertEquals(2 * calls, page.result(), "every call has two topics");
        return page.statements();
    }

    private void store(int from, int to) throws SQLException {
        StringBuilder csv = new StringBuilder(String.join(",", CallImportReader.COLUMNS)).append('\n');
        for (int i = from; i < to; i++) {
            csv.append(LocalDateTime.of(2024, 7, 1, 9, 0).plusHours(i)).append(",15,CENTER_STAFF,caller-").append(i)
                    .append(',').append(COUNTIES[i % COUNTIES.length]).append(",en,").append(TOPICS[i % TOPICS.length])
                    .append(",no\n");
        }
        CallImportReader.Result result = db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK);
            return new CallImportReader(services.counties().lookup(), new TopicLookup(services.helplineTopics().all()), CLOCK);
        }).read(csv.toString());
        assertTrue(result.isClean(), result.problems().toString());
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            CallBatchWriter.insert(connection, result.calls());
            connection.commit();
        }
    }
}

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
    private int stored;

    @BeforeEach
    void database() {
        db = TestDatabase.migrated();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aPageOfFiftyCallsWithTheirTopicsCostsNoMoreStatementsThanAPageOfFive() {
        db.statements().assertConstantAsRowsGrow("Helpline call list (count, page, topics of every call)", 3,
                this::storeCallsUpTo, this::viewPage);
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

    private void storeCallsUpTo(int calls) {
        StringBuilder csv = new StringBuilder(String.join(",", CallImportReader.COLUMNS)).append('\n');
        for (int i = stored; i < calls; i++) {
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
        } catch (SQLException e) {
            throw new IllegalStateException("The calls could not be stored", e);
        }
        stored = calls;
    }
}

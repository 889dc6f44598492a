package org.iecmhc.lms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CountiesPersistenceTest {

    private static TestDatabase db;
    private static Counties counties;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
        counties = Services.on(db.entityManagerFactory().createEntityManager(), Clock.systemUTC()).counties();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void allFiftyEightCountiesWithTheirFipsCodes() {
        List<County> all = counties.all();
        assertEquals(58, all.size());
        assertEquals("Alameda", all.get(0).getName());
        assertEquals("06001", all.get(0).getFips());
        assertEquals("Yuba", all.get(57).getName());
        assertEquals("06115", all.get(57).getFips());
        assertTrue(all.stream().allMatch(c -> c.getFips().startsWith("06") && c.getFips().length() == 5));
    }

    @Test
    void findsByNameOrFipsHoweverTyped() {
        for (String typed : List.of("Los Angeles", "los angeles county", " LOS  ANGELES ", "06037", "037", "37")) {
            assertEquals("06037", counties.find(typed).map(County::getFips).orElse("none"), typed);
        }
        assertEquals("San Luis Obispo", counties.find("san luis obispo").orElseThrow().getName());
    }

    @Test
    void somethingNotCalifornianIsNotFound() {
        assertEquals(Optional.empty(), counties.find("Maricopa"));
        assertEquals(Optional.empty(), counties.find("04013"));
        assertEquals(Optional.empty(), counties.find(""));
        assertEquals(Optional.empty(), counties.find(null));
    }
}

package org.iecmhc.lms.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class PacificTimeTest {

    @Test
    void theSkippedHourMovesLaterAndTheRepeatedHourTakesTheEarlierOffset() {
        assertEquals(LocalDateTime.of(2024, 3, 10, 10, 30), PacificTime.toUtc(LocalDateTime.of(2024, 3, 10, 2, 30)));
        assertEquals(LocalDateTime.of(2024, 11, 3, 8, 30), PacificTime.toUtc(LocalDateTime.of(2024, 11, 3, 1, 30)));
        assertEquals(LocalDateTime.of(2024, 11, 3, 1, 30), PacificTime.fromUtc(LocalDateTime.of(2024, 11, 3, 8, 30)));
        assertEquals(LocalDateTime.of(2024, 11, 3, 1, 30), PacificTime.fromUtc(LocalDateTime.of(2024, 11, 3, 9, 30)));
    }

    /** Every quarter hour around the changes of 2005 (older rules), 2024 and 2040, as the zoned objects convert it. */
    @Test
    void conversionsAgreeWithZonedDateTimeAroundEveryChangeOfClocks() {
        for (LocalDateTime day : List.of(LocalDateTime.of(2005, 4, 2, 0, 0), LocalDateTime.of(2005, 10, 29, 0, 0),
                LocalDateTime.of(2024, 3, 9, 0, 0), LocalDateTime.of(2024, 11, 2, 0, 0),
                LocalDateTime.of(2040, 3, 10, 0, 0), LocalDateTime.of(2040, 11, 3, 0, 0))) {
            for (LocalDateTime time = day; time.isBefore(day.plusDays(3)); time = time.plusMinutes(15)) {
                assertEquals(time.atZone(PacificTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime(),
                        PacificTime.toUtc(time), time.toString());
                assertEquals(time.atOffset(ZoneOffset.UTC).atZoneSameInstant(PacificTime.ZONE).toLocalDateTime(),
                        PacificTime.fromUtc(time), time.toString());
            }
        }
    }
}

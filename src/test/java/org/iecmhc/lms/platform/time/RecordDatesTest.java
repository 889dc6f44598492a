package org.iecmhc.lms.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RecordDatesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void datesThatDoNotExistAreRefusedNotMovedToTheEndOfTheMonth() {
        assertThrows(DateTimeParseException.class, () -> RecordDates.parseDate("2026-02-30"));
        assertThrows(DateTimeParseException.class, () -> RecordDates.parseDateTime("2023-02-30 09:15"));
        assertThrows(DateTimeParseException.class, () -> RecordDates.parseDateTime("2023-02-29T09:15"));
        assertEquals(LocalDate.of(2028, 2, 29), RecordDates.parseDate("2028-02-29"));
        assertEquals(LocalDateTime.of(2024, 3, 5, 14, 30), RecordDates.parseDateTime("2024-03-05T14:30"));
        assertEquals(LocalDateTime.of(2024, 3, 5, 14, 30, 15), RecordDates.parseDateTime("2024-03-05 14:30:15"));
    }

    /** Every text reads as the strict formatter alone reads it, or is refused as it refuses it. */
    @Test
    void theFormsReadByHandReadAsTheFormatterReadsThem() {
        DateTimeFormatter formatter = new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE)
                .optionalStart().appendLiteral('T').optionalEnd().optionalStart().appendLiteral(' ').optionalEnd()
                .append(DateTimeFormatter.ISO_LOCAL_TIME).toFormatter().withResolverStyle(ResolverStyle.STRICT);
        List<String> texts = new ArrayList<>(List.of("2024-03-05T14:30", " 2024-03-05 14:30:15 ", "2024-02-29T23:59:59",
                "2023-02-29T09:15", "2100-02-29 10:00", "2000-02-29 10:00", "2024-04-31T10:00", "2024-13-01T10:00",
                "2024-00-10T10:00", "2024-01-00T10:00", "2024-03-05T24:00", "2024-03-05T23:60", "2024-03-05T10:00:60",
                "0000-01-01T00:00", "9999-12-31 23:59:59", "2024-03-05T14:30:15.5", "2024-03-05T1430", "2024-03-05t14:30",
                "2024/03/05T14:30", "2024-03-05X14:30", "2024-03-05T14-30", "2024-03-05T14:30-15", "+2024-03-05T14:30",
                "2024-03-0514:30:00", "2024-03-05T 14:30", "２０２４-03-05T14:30", "2024-03-05T14:3x", "2024-3-05T14:30",
                "2024-03-05T14:30Z", "20240-03-05T14:30"));
        for (String day : List.of("2024-01-31", "2024-06-30", "2025-02-28", "2025-02-29", "2025-09-31", "2025-11-30")) {
            for (String time : List.of("T00:00", " 09:05", "T23:59:59", " 12:00:00", "T07:07:7")) {
                texts.add(day + time);
            }
        }
        for (String text : texts) {
            assertEquals(expected(formatter, text), read(text), text);
        }
    }

    private static Optional<LocalDateTime> expected(DateTimeFormatter formatter, String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.trim(), formatter));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> read(String text) {
        try {
            return Optional.of(RecordDates.parseDateTime(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Test
    void yearsLieFrom2000ToTenYearsAhead() {
        assertEquals(2036, RecordDates.lastYear(clock));
        assertTrue(RecordDates.isWithinRange(2000, clock));
        assertTrue(RecordDates.isWithinRange(2036, clock));
        assertFalse(RecordDates.isWithinRange(1999, clock));
        assertFalse(RecordDates.isWithinRange(2037, clock));
        assertFalse(RecordDates.isWithinRange(RecordDates.parseDate("+999999999-10-02").getYear(), clock));
        assertFalse(RecordDates.isWithinRange(RecordDates.parseDate("-999999999-10-02").getYear(), clock));
    }
}

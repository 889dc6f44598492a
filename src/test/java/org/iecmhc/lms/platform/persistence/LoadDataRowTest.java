package org.iecmhc.lms.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

class LoadDataRowTest {

    @Test
    void dateTimesAreWrittenToTheMicrosecondAsTheFormatterWritesThem() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
        for (LocalDateTime time : List.of(LocalDateTime.of(2024, 3, 5, 14, 30), LocalDateTime.of(2000, 1, 1, 0, 0),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999), LocalDateTime.of(2026, 7, 9, 8, 7, 6, 5_000),
                LocalDateTime.of(2024, 3, 6, 17, 0, 12, 345_000_000), LocalDateTime.of(5, 6, 7, 8, 9, 10, 123_456_789),
                LocalDateTime.of(10_000, 1, 1, 0, 0), LocalDateTime.of(-1, 1, 1, 0, 0))) {
            LoadDataRow row = new LoadDataRow();
            row.dateTime(time).dateTime(null).end();
            assertEquals(formatter.format(time) + "\t\\N\n", row.take(), time.toString());
        }
    }
}

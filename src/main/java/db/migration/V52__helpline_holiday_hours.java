package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.iecmhc.lms.platform.time.CaliforniaHolidays;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Helpline hours now leave out California state holidays: the calls already stored on one get the outside-hours flag
 * the entry form gives them now. Written in Java so that the holidays are those of the same rule, one ranged update
 * per holiday over the years the calls span, on the received-at index.
 */
public class V52__helpline_holiday_hours extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        LocalDateTime first;
        LocalDateTime last;
        try (Statement statement = connection.createStatement();
             ResultSet span = statement.executeQuery("select min(received_at), max(received_at) from helpline_call")) {
            span.next();
            if (span.getTimestamp(1) == null) {
                return;
            }
            first = PacificTime.fromUtc(span.getTimestamp(1).toLocalDateTime());
            last = PacificTime.fromUtc(span.getTimestamp(2).toLocalDateTime());
        }
        try (PreparedStatement update = connection.prepareStatement("update helpline_call set outside_hours = true"
                + " where received_at >= ? and received_at < ? and outside_hours = false")) {
            for (int year = first.getYear(); year <= last.getYear(); year++) {
                for (LocalDate day : CaliforniaHolidays.of(year).keySet()) {
                    update.setTimestamp(1, Timestamp.valueOf(PacificTime.startOfDayUtc(day)));
                    update.setTimestamp(2, Timestamp.valueOf(PacificTime.startOfDayUtc(day.plusDays(1))));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }
}

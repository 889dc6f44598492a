package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.iecmhc.lms.helpline.HelplineTallyRebuild;

/**
 * Reports at scale: summaries of the helpline calls that the impact figures read instead of the calls, kept by the
 * helpline services in the transaction of every change. Written in Java so that the calls already stored are
 * tallied by the same code and the same fiscal-year boundary as any later rebuild.
 */
public class V19__helpline_tallies extends BaseJavaMigration {

    private static final String[] TABLES = {
        // Calls, consultation-recommended calls and calls without a caller key per fiscal year and county.
        """
        create table helpline_county_tally (
            fiscal_year              int     not null,
            county_fips              char(5) not null,
            calls                    bigint  not null,
            consultation_recommended bigint  not null,
            without_caller_key       bigint  not null,
            primary key (fiscal_year, county_fips)
        )""",
        // Calls per fiscal year and duration: the shortest and longest call of a range stay exact when calls change.
        """
        create table helpline_duration_tally (
            fiscal_year      int    not null,
            duration_minutes int    not null,
            calls            bigint not null,
            primary key (fiscal_year, duration_minutes)
        )""",
        // One row per caller key: the lock that orders concurrent changes of one caller's years.
        """
        create table helpline_caller (
            caller_key varchar(100) not null,
            calls      bigint       not null,
            primary key (caller_key)
        )""",
        """
        create table helpline_caller_year (
            caller_key  varchar(100) not null,
            fiscal_year int          not null,
            calls       bigint       not null,
            primary key (caller_key, fiscal_year)
        )""",
        // Callers counted under each fiscal year they called in and their previous such year (0 for none).
        """
        create table helpline_caller_span (
            fiscal_year   int    not null,
            previous_year int    not null,
            callers       bigint not null,
            primary key (fiscal_year, previous_year)
        )"""
    };

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                statement.execute(table);
            }
        }
        HelplineTallyRebuild.rebuild(context.getConnection());
    }
}

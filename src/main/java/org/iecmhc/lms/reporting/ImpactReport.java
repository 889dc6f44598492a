package org.iecmhc.lms.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.iecmhc.lms.helpline.HelplineFigures;
import org.iecmhc.lms.helpline.HelplineFigures.CallSummary;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.time.FiscalYears;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.survey.Respondent;

/**
 * The impact figures, each aggregated by the database over the date index of its records so that the answer takes
 * the same few queries whatever the number of records; the helpline's, which has by far the most records, come
 * from its tallies per fiscal year. A record counts in the fiscal year of its own date.
 */
@ApplicationScoped
public class ImpactReport {

    /** The kinds of support_series, as SQL literals. */
    private static final String COMMUNITY_OF_SUPPORT = "'COMMUNITY_OF_SUPPORT'";
    private static final String PROVIDER_PRACTICE = "'PROVIDER_PRACTICE'";

    /** The values of answered_by whose answers are the participants' own, as an SQL list. */
    private static final String PARTICIPANTS_OWN = Stream.of(Respondent.values()).filter(Respondent::participantsOwn)
            .map(respondent -> "'" + respondent.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    /** The offering kind of a webinar's registrations, and the states of those holding or waiting for a seat. */
    private static final String WEBINAR_REGISTRANTS = "r.offering_kind = 'webinar' and r.state in ('CONFIRMED', 'WAITING')";

    /**
     * The columns of the reach by county: calls, Open-Door, Communities of Support, assignments, providers' CoPs,
     * webinar attendees.
     */
    private static final int SERVICES = 6;

    @Inject
    EntityManager em;

    @Inject
    HelplineFigures helpline;

    public ImpactFigures figures(FiscalYears years) {
        CallSummary calls = helpline.summary(years.from().startYear(), years.to().startYear());
        LocalDate from = years.firstDay();
        LocalDate to = years.dayAfter();
        // Webinars are stored by their UTC start, so their range is the fiscal years' Pacific midnights in UTC.
        LocalDateTime startUtc = years.startUtc();
        LocalDateTime endUtc = years.endUtc();
        // One statement of one-row parts, one per service: the page asks for the range and each of its years, and
        // the round trips, not the indexed rows, are what it spends its time on.
        Object[] row = row("select consultation.*, support.*, open_door.*, training.participants, completion.completed,"
                + " practice_series.offered, practice.*, webinar_count.*, webinar_registrants.*, webinar_attendance.* from"
                + " (select count(*) assignments, coalesce(sum(children_benefiting), 0) children,"
                + " coalesce(sum(staff_influenced), 0) staff, " + participants("worthwhile", "")
                + " from consultation_assignment where start_on >= ? and start_on < ?) consultation cross join"
                + " " + seriesParticipants(COMMUNITY_OF_SUPPORT) + " support cross join"
                + " (select count(distinct a.provider_id) providers, count(distinct p.county_fips) counties,"
                + " " + participants("worthwhile", "a.")
                + " from open_door_session s join open_door_attendance a on a.session_id = s.id"
                + " join provider p on p.id = a.provider_id where s.held_on >= ? and s.held_on < ?) open_door cross join"
                + " (select count(distinct trainee_id) participants from enrollment"
                + " where enrolled_on >= ? and enrolled_on < ?) training cross join"
                + " (select count(*) completed from enrollment"
                + " where status = 'COMPLETED' and ended_on >= ? and ended_on < ?) completion cross join"
                + " (select count(*) offered from support_series where kind = " + PROVIDER_PRACTICE
                + " and starts_on >= ? and starts_on < ?) practice_series cross join"
                + " " + seriesParticipants(PROVIDER_PRACTICE) + " practice cross join"
                + " (select count(*) webinars from webinar where starts_at >= ? and starts_at < ?) webinar_count cross join"
                + " (select count(*) registrants from webinar w join offering_registration r on r.offering_id = w.id"
                + " where " + WEBINAR_REGISTRANTS + " and w.starts_at >= ? and w.starts_at < ?) webinar_registrants"
                + " cross join (select count(*) attendees, " + participants("worthwhile", "a.")
                + " from webinar w join webinar_attendance a on a.webinar_id = w.id"
                + " where w.starts_at >= ? and w.starts_at < ?) webinar_attendance",
                from, to, from, to, from, to, from, to, from, to, from, to, from, to,
                startUtc, endUtc, startUtc, endUtc, startUtc, endUtc);
        return new ImpactFigures(calls.calls(), calls.uniqueInquiries(), calls.shortestMinutes(), calls.longestMinutes(),
                ImpactFigures.percent(calls.consultationRecommended(), calls.calls()),
                number(row[0]), number(row[1]), number(row[2]), ImpactFigures.percent(number(row[3]), number(row[4])),
                number(row[4]), seriesByLanguage(from, to),
                number(row[5]), number(row[6]), ImpactFigures.percent(number(row[7]), number(row[8])), number(row[8]),
                number(row[9]), number(row[10]), ImpactFigures.percent(number(row[11]), number(row[12])), number(row[12]),
                number(row[13]), number(row[14]),
                number(row[15]), number(row[16]), number(row[17]), ImpactFigures.percent(number(row[18]), number(row[19])),
                number(row[19]),
                number(row[20]), number(row[21]), number(row[22]), ImpactFigures.percent(number(row[23]), number(row[24])),
                number(row[24]));
    }

    /**
     * The providers enrolled in the series of one kind that start in the range (bound twice, first day and day after),
     * their counties and their final survey's rating. Communities of Support and providers' Communities of Practice
     * share their tables and are counted apart.
     */
    private static String seriesParticipants(String kind) {
        return "(select count(distinct e.provider_id) providers, count(distinct p.county_fips) counties,"
                + " " + participants("highly_valuable", "e.")
                + " from support_series s join support_enrollment e on e.series_id = s.id"
                + " join provider p on p.id = e.provider_id where s.kind = " + kind
                + " and s.starts_on >= ? and s.starts_on < ?)";
    }

    /**
     * The two columns of a rating: the participants' answers of yes, and how many participants answered, through their
     * link or on the forms of the time brought in from history. Answers typed in by staff are left out, so the figure
     * says what participants said themselves.
     */
    private static String participants(String rating, String alias) {
        String own = alias + "answered_by in " + PARTICIPANTS_OWN;
        return "coalesce(sum(case when " + own + " and " + alias + rating + " then 1 else 0 end), 0) said_yes,"
                + " count(case when " + own + " then " + alias + rating + " end) answered";
    }

    /** The figures of each year of the range, oldest first, for the trend charts. */
    public Map<FiscalYear, ImpactFigures> byYear(FiscalYears years) {
        Map<FiscalYear, ImpactFigures> byYear = new LinkedHashMap<>();
        for (FiscalYear year : years.years()) {
            byYear.put(year, figures(new FiscalYears(year, year)));
        }
        return byYear;
    }

    /** Communities of Support offered per language code, every language present even when none was offered in it. */
    private Map<String, Long> seriesByLanguage(LocalDate from, LocalDate to) {
        Map<String, Long> offered = new LinkedHashMap<>();
        for (ServiceLanguage language : ServiceLanguage.values()) {
            offered.put(language.code(), 0L);
        }
        for (Object result : query("select language, count(*) from support_series where kind = " + COMMUNITY_OF_SUPPORT
                + " and starts_on >= ? and starts_on < ? group by language", from, to).getResultList()) {
            Object[] row = (Object[]) result;
            offered.put(row[0].toString().toLowerCase(Locale.ROOT), number(row[1]));
        }
        return offered;
    }

    /** How far each service reached into each county, counties without any record left out. */
    public List<CountyReach> reachByCounty(FiscalYears years) {
        LocalDate from = years.firstDay();
        LocalDate to = years.dayAfter();
        Map<String, long[]> byCounty = new LinkedHashMap<>();
        helpline.callsByCounty(years.from().startYear(), years.to().startYear())
                .forEach((fips, calls) -> byCounty.computeIfAbsent(fips, f -> new long[SERVICES])[0] = calls);
        add(byCounty, 1, query("select p.county_fips, count(distinct a.provider_id) from open_door_session s"
                + " join open_door_attendance a on a.session_id = s.id join provider p on p.id = a.provider_id"
                + " where s.held_on >= ? and s.held_on < ? group by p.county_fips", from, to));
        add(byCounty, 2, seriesByCounty(COMMUNITY_OF_SUPPORT, from, to));
        add(byCounty, 3, query("select p.county_fips, count(*) from consultation_assignment c"
                + " join provider p on p.id = c.provider_id where c.start_on >= ? and c.start_on < ?"
                + " group by p.county_fips", from, to));
        add(byCounty, 4, seriesByCounty(PROVIDER_PRACTICE, from, to));
        // Webinar registrants need no registry entry: the county is the one they gave when registering.
        add(byCounty, 5, query("select r.county_fips, count(*) from webinar w join webinar_attendance a"
                + " on a.webinar_id = w.id join offering_registration r on r.id = a.registration_id"
                + " where w.starts_at >= ? and w.starts_at < ? group by r.county_fips", years.startUtc(), years.endUtc()));
        List<CountyReach> reach = new ArrayList<>();
        byCounty.forEach((fips, n) -> reach.add(new CountyReach(fips, n[0], n[1], n[2], n[3], n[4], n[5])));
        return reach;
    }

    /** The distinct providers per county enrolled in the series of one kind that start in the range. */
    private Query seriesByCounty(String kind, LocalDate from, LocalDate to) {
        return query("select p.county_fips, count(distinct e.provider_id) from support_series s"
                + " join support_enrollment e on e.series_id = s.id join provider p on p.id = e.provider_id"
                + " where s.kind = " + kind + " and s.starts_on >= ? and s.starts_on < ?"
                + " group by p.county_fips", from, to);
    }

    private static void add(Map<String, long[]> byCounty, int column, Query query) {
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            byCounty.computeIfAbsent(row[0].toString(), fips -> new long[SERVICES])[column] = number(row[1]);
        }
    }

    private Object[] row(String sql, Object... parameters) {
        return (Object[]) query(sql, parameters).getSingleResult();
    }

    private Query query(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}

package org.iecmhc.lms.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.helpline.HelplineFigures;
import org.iecmhc.lms.helpline.HelplineFigures.CallSummary;
import org.iecmhc.lms.platform.persistence.UnionAll;
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

    /**
     * The figures of a range besides the helpline's: one row of one-row parts, one per service, each bound to the
     * range's first day and day after but the webinars', bound to its UTC start and end.
     */
    private static final String FIGURES = "select consultation.*, support.*, open_door.*, training.participants,"
            + " completion.completed, practice_series.offered, practice.*, webinar_count.*, webinar_registrants.*,"
            + " webinar_attendance.*, support_offered.* from"
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
            + " where w.starts_at >= ? and w.starts_at < ?) webinar_attendance cross join"
            + " (select " + offeredPerLanguage() + " from support_series where kind = " + COMMUNITY_OF_SUPPORT
            + " and starts_on >= ? and starts_on < ?) support_offered";

    /** The column of {@link #FIGURES} where the Communities of Support offered per language start. */
    private static final int OFFERED = 25;

    @Inject
    EntityManager em;

    @Inject
    HelplineFigures helpline;

    public ImpactFigures figures(FiscalYears years) {
        return figures(List.of(years)).get(0);
    }

    /** The figures of the range and of each of its years, read in as many statements as the range's alone. */
    public RangeFigures withEachYear(FiscalYears years) {
        List<FiscalYears> ranges = new ArrayList<>();
        years.years().forEach(year -> ranges.add(new FiscalYears(year, year)));
        ranges.add(years);
        List<ImpactFigures> figures = figures(ranges);
        Map<FiscalYear, ImpactFigures> byYear = new LinkedHashMap<>();
        for (int i = 0; i < ranges.size() - 1; i++) {
            byYear.put(ranges.get(i).from(), figures.get(i));
        }
        return new RangeFigures(figures.get(ranges.size() - 1), byYear);
    }

    /**
     * The figures of each range, in the order given, in two statements whatever the number of ranges, the helpline's
     * and the other services': the dashboard asks for a range and each of its years, and the round trips, not the
     * indexed rows, are what it spends its time on. Each range is a part of its own, never a sum of others, since
     * distinct providers, counties and trainees do not add up across years.
     */
    private List<ImpactFigures> figures(List<FiscalYears> ranges) {
        List<CallSummary> calls = helpline.summaries(ranges);
        UnionAll parts = new UnionAll();
        for (FiscalYears range : ranges) {
            LocalDate from = range.firstDay();
            LocalDate to = range.dayAfter();
            // Webinars are stored by their UTC start, so their range is the fiscal years' Pacific midnights in UTC.
            LocalDateTime startUtc = range.startUtc();
            LocalDateTime endUtc = range.endUtc();
            parts.add(FIGURES, List.of(from, to, from, to, from, to, from, to, from, to, from, to, from, to,
                    startUtc, endUtc, startUtc, endUtc, startUtc, endUtc, from, to));
        }
        ImpactFigures[] figures = new ImpactFigures[ranges.size()];
        for (Object[] tagged : parts.rows(em)) {
            int part = UnionAll.part(tagged);
            figures[part] = figures(calls.get(part), Arrays.copyOfRange(tagged, 1, tagged.length));
        }
        return List.of(figures);
    }

    /** A range's figures from its helpline summary and its row of {@link #FIGURES}. */
    private static ImpactFigures figures(CallSummary calls, Object[] row) {
        return new ImpactFigures(calls.calls(), calls.uniqueInquiries(), calls.shortestMinutes(), calls.longestMinutes(),
                ImpactFigures.percent(calls.consultationRecommended(), calls.calls()),
                number(row[0]), number(row[1]), number(row[2]), ImpactFigures.percent(number(row[3]), number(row[4])),
                number(row[4]), offeredPerLanguage(row),
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

    /** A column per language, in the order of {@link ServiceLanguage}: the series of the range offered in it. */
    private static String offeredPerLanguage() {
        return Stream.of(ServiceLanguage.values()).map(language -> "count(case when language = '" + language.name()
                + "' then 1 end) offered_" + language.code()).collect(Collectors.joining(", "));
    }

    /** Communities of Support offered per language code, every language present even when none was offered in it. */
    private static Map<String, Long> offeredPerLanguage(Object[] row) {
        Map<String, Long> offered = new LinkedHashMap<>();
        for (ServiceLanguage language : ServiceLanguage.values()) {
            offered.put(language.code(), number(row[OFFERED + language.ordinal()]));
        }
        return offered;
    }

    /**
     * How far each service reached into each county, counties without any record left out: the helpline's calls from
     * its tallies, the other services in one statement, a part for each in the order of its column.
     */
    public List<CountyReach> reachByCounty(FiscalYears years) {
        List<LocalDate> days = List.of(years.firstDay(), years.dayAfter());
        Map<String, long[]> byCounty = new LinkedHashMap<>();
        helpline.callsByCounty(years.from().startYear(), years.to().startYear())
                .forEach((fips, calls) -> byCounty.computeIfAbsent(fips, f -> new long[SERVICES])[0] = calls);
        UnionAll services = new UnionAll()
                .add("select p.county_fips, count(distinct a.provider_id) from open_door_session s"
                        + " join open_door_attendance a on a.session_id = s.id join provider p on p.id = a.provider_id"
                        + " where s.held_on >= ? and s.held_on < ? group by p.county_fips", days)
                .add(seriesByCounty(COMMUNITY_OF_SUPPORT), days)
                .add("select p.county_fips, count(*) from consultation_assignment c"
                        + " join provider p on p.id = c.provider_id where c.start_on >= ? and c.start_on < ?"
                        + " group by p.county_fips", days)
                .add(seriesByCounty(PROVIDER_PRACTICE), days)
                // Webinar registrants need no registry entry: the county is the one they gave when registering.
                .add("select r.county_fips, count(*) from webinar w join webinar_attendance a"
                        + " on a.webinar_id = w.id join offering_registration r on r.id = a.registration_id"
                        + " where w.starts_at >= ? and w.starts_at < ? group by r.county_fips",
                        List.of(years.startUtc(), years.endUtc()));
        for (Object[] row : services.rows(em)) {
            byCounty.computeIfAbsent(row[1].toString(), fips -> new long[SERVICES])[UnionAll.part(row) + 1] = number(row[2]);
        }
        List<CountyReach> reach = new ArrayList<>();
        byCounty.forEach((fips, n) -> reach.add(new CountyReach(fips, n[0], n[1], n[2], n[3], n[4], n[5])));
        return reach;
    }

    /**
     * The distinct providers per county enrolled in the series of one kind that start in the range (bound to its first
     * day and day after).
     */
    private static String seriesByCounty(String kind) {
        return "select p.county_fips, count(distinct e.provider_id) from support_series s"
                + " join support_enrollment e on e.series_id = s.id join provider p on p.id = e.provider_id"
                + " where s.kind = " + kind + " and s.starts_on >= ? and s.starts_on < ?"
                + " group by p.county_fips";
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}

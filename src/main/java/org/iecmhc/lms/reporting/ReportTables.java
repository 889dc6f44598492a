package org.iecmhc.lms.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Cohorts;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.counties.CountyOptions;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.FiscalYears;

/**
 * Every report as the table a person sees, in their language: the pages show these and the exports write them, so a
 * download always says what the page said.
 */
@ApplicationScoped
public class ReportTables {

    @Inject
    ImpactReport impact;

    @Inject
    DemographicsReport demographics;

    @Inject
    CompletionReport completion;

    @Inject
    CountyOptions counties;

    @Inject
    Cohorts cohorts;

    @Inject
    @ConfigProperty(name = "lms.reports.small.cell.threshold", defaultValue = "0")
    int smallCellThreshold;

    /** One row per figure, one column per fiscal year and the whole range last. */
    public ReportTable impact(FiscalYears years, RangeFigures figures, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(Messages.text(locale, "reports.figure")));
        figures.byYear().keySet().forEach(year -> headers.add(year.name()));
        headers.add(Messages.text(locale, "reports.range", years.from().name(), years.to().name()));
        List<List<String>> rows = new ArrayList<>();
        SmallCells cells = smallCells();
        for (ImpactFigure figure : ImpactFigure.values()) {
            List<String> row = new ArrayList<>(List.of(Messages.text(locale, figure.messageKey())));
            figures.byYear().values().forEach(year -> row.add(figure.shown(year, cells)));
            row.add(figure.shown(figures.whole(), cells));
            rows.add(row);
        }
        return new ReportTable(Messages.text(locale, "reports.impact.title"), headers, rows);
    }

    /** All 58 counties, so that the table is the map in words. */
    public ReportTable reach(List<CountyReach> reach, Locale locale) {
        Map<String, CountyReach> byFips = new HashMap<>();
        reach.forEach(r -> byFips.put(r.fips(), r));
        List<List<String>> rows = new ArrayList<>();
        for (County county : counties.getAll()) {
            CountyReach r = byFips.getOrDefault(county.getFips(), CountyReach.none(county.getFips()));
            rows.add(List.of(county.getName(), String.valueOf(r.helplineCalls()), String.valueOf(r.openDoorProviders()),
                    String.valueOf(r.supportParticipants()), String.valueOf(r.providerPracticeParticipants()),
                    String.valueOf(r.consultationAssignments()), String.valueOf(r.webinarAttendees()),
                    String.valueOf(r.total())));
        }
        return new ReportTable(Messages.text(locale, "reports.reach.title"), List.of(Messages.text(locale, "reports.county"),
                Messages.text(locale, "reports.reach.helplineCalls"), Messages.text(locale, "reports.reach.openDoor"),
                Messages.text(locale, "reports.reach.support"), Messages.text(locale, "webinarReport.reach.providerPractice"),
                Messages.text(locale, "reports.reach.consultation"), Messages.text(locale, "webinarReport.reach.attendees"),
                Messages.text(locale, "reports.reach.total")), rows);
    }

    public ReportTable raceEthnicity(Demographics tables, String cohortName, Locale locale) {
        return demographic(tables.raceEthnicity(), "demographics.race.", "reports.demographics.race", cohortName, locale);
    }

    public ReportTable language(Demographics tables, String cohortName, Locale locale) {
        return demographic(tables.language(), "demographics.language.", "reports.demographics.language", cohortName, locale);
    }

    public ReportTable completion(List<CohortCompletion> cohorts, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (CohortCompletion cohort : cohorts) {
            List<String> row = new ArrayList<>(List.of(cohort.cohort(), String.valueOf(cohort.enrolled()),
                    String.valueOf(cohort.withdrawn()), String.valueOf(cohort.completed()), shown(cohort.getCompletionRate(), locale)));
            MedianHours.SHOWN.forEach(kind -> row.add(shown(cohort.median(kind), locale)));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(Messages.text(locale, "reports.completion.cohort"),
                Messages.text(locale, "reports.completion.enrolled"), Messages.text(locale, "reports.completion.withdrawn"),
                Messages.text(locale, "reports.completion.completed"), Messages.text(locale, "reports.completion.rate")));
        MedianHours.SHOWN.forEach(kind -> headers.add(Messages.text(locale, "reports.completion.median." + kind.name())));
        return new ReportTable(Messages.text(locale, "reports.completion.title"), headers, rows);
    }

    /** The whole of each report, built from the request's parameters: what the export downloads. */
    public ReportTable impact(FiscalYears years, Locale locale) {
        return impact(years, impact.withEachYear(years), locale);
    }

    public ReportTable reach(FiscalYears years, Locale locale) {
        return reach(impact.reachByCounty(years), locale);
    }

    public Demographics demographics(Cohort cohort) {
        return cohort == null ? demographics.allCohorts() : demographics.cohort(cohort.getId());
    }

    public ReportTable completion(Locale locale) {
        return completion(completion.cohorts(), locale);
    }

    /** The cohort whose id was typed or given in an address; null (all cohorts) when none was given. */
    public Cohort cohort(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return cohorts.find(Long.parseLong(id.trim())).orElseThrow(() -> new ReportRejected("cohort", "reports.cohort.unknown"));
        } catch (NumberFormatException e) {
            throw new ReportRejected("cohort", "reports.cohort.malformed");
        }
    }

    public SmallCells smallCells() {
        return new SmallCells(smallCellThreshold);
    }

    private ReportTable demographic(Map<String, Long> counts, String answerKey, String titleKey, String cohortName, Locale locale) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        SmallCells cells = smallCells();
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((code, count) -> rows.add(List.of(Messages.text(locale,
                Demographics.NOT_ANSWERED.equals(code) ? "reports.demographics.notAnswered" : answerKey + code),
                cells.count(count), cells.percent(count, total))));
        rows.add(List.of(Messages.text(locale, "reports.demographics.total"), String.valueOf(total), total == 0 ? "" : "100.0"));
        return new ReportTable(Messages.text(locale, titleKey) + " – " + cohortName,
                List.of(Messages.text(locale, "reports.demographics.answer"), Messages.text(locale, "reports.demographics.count"),
                        Messages.text(locale, "reports.demographics.percent")), rows);
    }

    private static String shown(Object value, Locale locale) {
        if (value == null) {
            return Messages.text(locale, "reports.none");
        }
        return value.toString();
    }
}

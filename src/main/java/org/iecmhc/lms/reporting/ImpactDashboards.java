package org.iecmhc.lms.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iecmhc.lms.platform.cache.RecentResults;
import org.iecmhc.lms.platform.time.FiscalYears;

/**
 * The impact dashboard of a range, computed at most once every {@link #FRESH_FOR} per range and language on this
 * instance: its figures are the heaviest read of the application (every service's records, for the range and each of its
 * years), and administrators mostly ask for the same default range, so the page shows them as of the time they were computed
 * and an administrator who needs them now refreshes them. Publishing a range, the exports and the API read fresh
 * figures ({@link ImpactReport}, {@link ReportTables}), never these.
 */
@ApplicationScoped
public class ImpactDashboards {

    /** How long a range's dashboard is shown as computed before the next request computes it again. */
    public static final Duration FRESH_FOR = Duration.ofMinutes(5);

    /** Ranges and languages kept: the default range in both languages and a few others, never every range asked for. */
    static final int KEPT = 24;

    @Inject
    ImpactReport impact;

    @Inject
    ReportTables tables;

    @Inject
    CountyMap map;

    @Inject
    Clock clock;

    private final RecentResults<Shown, ImpactDashboard> recent = new RecentResults<>(KEPT, FRESH_FOR);

    /** The range's dashboard in the language, as computed less than {@link #FRESH_FOR} ago or now. */
    public ImpactDashboard of(FiscalYears years, Locale locale) {
        Instant now = clock.instant();
        return recent.get(new Shown(years, locale), now, () -> computed(years, locale, now));
    }

    /** The range's dashboard in the language computed now, shown from now on in place of the one before. */
    public ImpactDashboard refreshed(FiscalYears years, Locale locale) {
        Instant now = clock.instant();
        return recent.recompute(new Shown(years, locale), now, () -> computed(years, locale, now));
    }

    private ImpactDashboard computed(FiscalYears years, Locale locale, Instant now) {
        RangeFigures figures = impact.withEachYear(years);
        List<CountyReach> reach = impact.reachByCounty(years);
        return new ImpactDashboard(tables.impact(years, figures, locale),
                ImpactCards.of(ShownFigures.of(figures.whole(), tables.smallCells())), tables.reach(reach, locale),
                TrendCharts.byYear(figures.byYear(), locale), TrendCharts.byLanguage(figures.byYear(), locale),
                map.svg(reach, locale), LocalDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    private record Shown(FiscalYears years, Locale locale) {
    }
}

package org.iecmhc.lms.helpline;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.time.PeriodInput;

/** The helpline statistics of a period, this fiscal year until another is chosen, and their downloads' addresses. */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    @Inject
    CallStatistics statistics;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    private PeriodInput period;
    private List<StatisticsTable> tables = List.of();
    private String shownQuery;

    @PostConstruct
    void thisFiscalYear() {
        FiscalYear year = FiscalYear.current(clock);
        period = new PeriodInput(year.firstDay(), year.dayAfter().minusDays(1));
        show();
    }

    /** Counts the period on the form; a refused one leaves no tables and says why at its field. */
    public void show() {
        try {
            tables = StatisticsTable.all(statistics.of(period.getStart(), period.getEnd()), language.getLocale());
            shownQuery = new CallFilter(period.getStart(), period.getEnd(), null, null, null, null).query();
        } catch (InputRejected rejected) {
            tables = List.of();
            shownQuery = null;
            Messages.reject("statistics", rejected);
        }
    }

    public List<StatisticsTable> getTables() {
        return tables;
    }

    public long getCalls() {
        return StatisticsTable.calls(tables);
    }

    public boolean isShown() {
        return shownQuery != null;
    }

    /**
     * The download of a table shown ("all" for every one), not of days typed but not yet shown, in a format, "csv"
     * or "xlsx".
     */
    public String export(String table, String format) {
        return "/helpline/statistics/export?" + shownQuery + "&table=" + table + "&format=" + format + "&lang="
                + language.getCode();
    }

    public PeriodInput getPeriod() {
        return period;
    }
}

package org.iecmhc.lms.reporting;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

import org.iecmhc.lms.platform.time.PacificTime;

/**
 * What the impact dashboard shows of a range in one language, as computed at one moment: the figures table and its
 * cards, the trend charts (Chart.js configurations) and the county map (SVG) with its table. Nothing in it depends on
 * who reads it, so every administrator is shown the same copy. The getters are for the page, as Jakarta Expression
 * Language 5 does not read record components.
 *
 * @param computedAt when the figures were read, in UTC as times are stored
 */
public record ImpactDashboard(ReportTable figuresTable, List<ImpactCard> cards, ReportTable reachTable, String yearChart,
                              String languageChart, String mapSvg, LocalDateTime computedAt) implements Serializable {

    public ImpactDashboard {
        cards = List.copyOf(cards);
    }

    /** When the figures were read, in California time. */
    public String getAsOf() {
        return PacificTime.format(computedAt);
    }

    public ReportTable getFiguresTable() {
        return figuresTable;
    }

    public List<ImpactCard> getCards() {
        return cards;
    }

    public ReportTable getReachTable() {
        return reachTable;
    }

    public String getYearChart() {
        return yearChart;
    }

    public String getLanguageChart() {
        return languageChart;
    }

    public String getMapSvg() {
        return mapSvg;
    }
}

package org.iecmhc.lms.reporting;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the impact dashboard shows of a range in one language, as computed at one moment: the figures table and its
 * cards, the trend charts (Chart.js configurations) and the county map (SVG) with its table. Nothing in it depends on
 * who reads it, so every administrator is shown the same copy.
 *
 * @param computedAt when the figures were read, in UTC as times are stored
 */
public record ImpactDashboard(ReportTable figuresTable, List<ImpactCard> cards, ReportTable reachTable, String yearChart,
                              String languageChart, String mapSvg, LocalDateTime computedAt) implements Serializable {

    public ImpactDashboard {
        cards = List.copyOf(cards);
    }
}

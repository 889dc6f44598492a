package org.iecmhc.lms.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.platform.i18n.Messages;

/**
 * The California county map as inline SVG, each county shaded by the reach of all services in it. Drawn on the
 * server from the bundled outlines, so it needs no script and no network; the reach table is its text alternative.
 */
@ApplicationScoped
public class CountyMap {

    /** Shades besides "no record": a county's share of the busiest county's reach, in quarters. */
    static final int SHADES = 4;

    private volatile CountyShapes shapes;

    public String svg(List<CountyReach> reach, Locale locale) {
        Map<String, Long> totals = new HashMap<>();
        reach.forEach(r -> totals.put(r.fips(), r.total()));
        long most = totals.values().stream().mapToLong(Long::longValue).max().orElse(0);
        CountyShapes outlines = shapes();
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"county-map\" viewBox=\"0 0 %.0f %.0f\" role=\"img\""
                        + " aria-labelledby=\"county-map-title\"><title id=\"county-map-title\">%s</title>",
                CountyShapes.WIDTH, outlines.height(), escape(Messages.text(locale, "reports.map.title"))));
        for (CountyShapes.Shape shape : outlines.shapes()) {
            long total = totals.getOrDefault(shape.fips(), 0L);
            svg.append("<path id=\"county-").append(shape.fips()).append("\" class=\"reach-").append(shade(total, most))
                    .append("\" d=\"").append(shape.path()).append("\"><title>")
                    .append(escape(Messages.text(locale, "reports.map.county", shape.name(), total)))
                    .append("</title></path>");
        }
        return svg.append("</svg>").toString();
    }

    /** 0 for a county without any record, otherwise 1 to {@link #SHADES} by its share of the busiest county. */
    static int shade(long total, long most) {
        if (total == 0 || most == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.ceil((double) SHADES * total / most));
    }

    private CountyShapes shapes() {
        if (shapes == null) {
            shapes = CountyShapes.load();
        }
        return shapes;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

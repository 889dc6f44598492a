package org.iecmhc.lms.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.text.JsonText;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.provider.ServiceLanguage;

/** Chart.js configurations (as PrimeFaces' p:chart takes them) of the figures' trends by fiscal year and language. */
public final class TrendCharts {

    /** Colours with at least 3:1 contrast on white, told apart by their order in the legend too. */
    private static final List<String> COLOURS = List.of("#0b4f8a", "#b5461b", "#2f7d32", "#6a3d9a", "#7a5a00");

    private TrendCharts() {
    }

    /** Reach of each service per fiscal year: calls, providers and participants, assignments, webinar attendees. */
    public static String byYear(Map<FiscalYear, ImpactFigures> byYear, Locale locale) {
        return chart("line", byYear, locale, List.of(
                new Series("reports.chart.helplineCalls", ImpactFigures::helplineCalls),
                new Series("reports.chart.openDoorProviders", ImpactFigures::openDoorUniqueProviders),
                new Series("reports.chart.supportParticipants", ImpactFigures::supportSeriesUniqueParticipants),
                new Series("reports.chart.consultationAssignments", ImpactFigures::consultationAssignments),
                new Series("webinarReport.chart.attendees", ImpactFigures::webinarAttendees)));
    }

    /** Community of Support series offered per language and fiscal year. */
    public static String byLanguage(Map<FiscalYear, ImpactFigures> byYear, Locale locale) {
        return chart("bar", byYear, locale, List.of(ServiceLanguage.values()).stream()
                .map(language -> new Series(language.messageKey(), f -> f.supportSeriesOffered().get(language.code()))).toList());
    }

    private record Series(String labelKey, Function<ImpactFigures, Long> value) {
    }

    private static String chart(String type, Map<FiscalYear, ImpactFigures> byYear, Locale locale, List<Series> series) {
        JsonArrayBuilder labels = JsonText.array();
        byYear.keySet().forEach(year -> labels.add(year.name()));
        JsonArrayBuilder datasets = JsonText.array();
        for (int i = 0; i < series.size(); i++) {
            JsonArrayBuilder values = JsonText.array();
            Series one = series.get(i);
            byYear.values().forEach(figures -> values.add(one.value().apply(figures)));
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(JsonText.object().add("label", Messages.text(locale, one.labelKey())).add("data", values)
                    .add("borderColor", colour).add("backgroundColor", colour).add("fill", false));
        }
        JsonObjectBuilder options = JsonText.object()
                .add("animation", false)
                .add("scales", JsonText.object().add("y", JsonText.object().add("beginAtZero", true)));
        return JsonText.object().add("type", type)
                .add("data", JsonText.object().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}

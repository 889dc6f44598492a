package org.iecmhc.lms.helpline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.iecmhc.lms.helpline.CallStatistics.Counts;
import org.iecmhc.lms.platform.i18n.Messages;

/**
 * One table of the helpline statistics as shown, in the reader's language: what the page renders and the CSV and
 * Excel downloads write. The getters are for the page, as Expression Language does not read record components.
 */
public record StatisticsTable(String id, String title, String header, List<Row> rows) implements Serializable {

    public record Row(String label, long calls) implements Serializable {

        public String getLabel() {
            return label;
        }

        public long getCalls() {
            return calls;
        }
    }

    /** Every table of the counts, labelled in the locale's language. */
    public static List<StatisticsTable> all(Counts counts, Locale locale) {
        List<StatisticsTable> tables = new ArrayList<>();
        boolean spanish = "es".equals(locale.getLanguage());
        tables.add(table("topic", counts.byTopic().stream()
                .map(t -> new Row(spanish ? t.nameEs() : t.nameEn(), t.calls())).toList(), locale));
        tables.add(table("role", counts.byRole().entrySet().stream()
                .map(e -> new Row(Messages.text(locale, e.getKey().messageKey()), e.getValue())).toList(), locale));
        tables.add(table("county", counts.byCounty().stream().map(c -> new Row(c.name(), c.calls())).toList(), locale));
        tables.add(table("language", counts.byLanguage().entrySet().stream()
                .map(e -> new Row(Messages.text(locale, e.getKey().messageKey()), e.getValue())).toList(), locale));
        List<Row> hours = new ArrayList<>();
        for (int hour = 0; hour < counts.byHour().length; hour++) {
            hours.add(new Row(String.format(Locale.ROOT, "%02d:00-%02d:59", hour, hour), counts.byHour()[hour]));
        }
        tables.add(table("hour", hours, locale));
        return tables;
    }

    /** The tables a download asks for: every one for "all", else the one of that id; empty for an unknown id. */
    public static Optional<List<StatisticsTable>> chosen(List<StatisticsTable> tables, String id) {
        if ("all".equals(id)) {
            return Optional.of(tables);
        }
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().map(List::of);
    }

    private static StatisticsTable table(String id, List<Row> rows, Locale locale) {
        return new StatisticsTable(id, Messages.text(locale, "hlstats.table." + id),
                Messages.text(locale, "hlstats.column." + id), rows);
    }

    /** The calls the tables count: every call has a caller role, so the role table adds up to them all. */
    public static long calls(List<StatisticsTable> tables) {
        return tables.stream().filter(t -> "role".equals(t.id())).mapToLong(StatisticsTable::total).sum();
    }

    public long total() {
        return rows.stream().mapToLong(Row::calls).sum();
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getHeader() {
        return header;
    }

    public List<Row> getRows() {
        return rows;
    }
}

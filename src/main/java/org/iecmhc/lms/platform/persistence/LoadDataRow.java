package org.iecmhc.lms.platform.persistence;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Rows as {@code LOAD DATA} reads them by default: fields ended by a tab, lines by a newline, a backslash escapes,
 * {@code \N} is NULL. A writer gives the fields of one row in column order and ends it; {@link MemoryLoad} takes the
 * text away in chunks as the server reads it.
 */
public final class LoadDataRow {

    /** To the microsecond, as Connector/J sends a timestamp parameter; the column keeps what it keeps of either. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final int NANOS_PER_MICRO = 1_000;
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000};

    private final StringBuilder text = new StringBuilder();
    private boolean started;
    private long rows;

    LoadDataRow() {
    }

    public LoadDataRow text(String value) {
        if (value == null) {
            return nothing();
        }
        separate();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\0' -> text.append("\\0");
                default -> text.append(c);
            }
        }
        return this;
    }

    public LoadDataRow number(long value) {
        separate();
        text.append(value);
        return this;
    }

    public LoadDataRow number(Long value) {
        return value == null ? nothing() : number(value.longValue());
    }

    public LoadDataRow flag(boolean value) {
        return number(value ? 1 : 0);
    }

    /** As {@link #DATE_TIME} writes it, by hand for four-digit years: a load writes one or more per row. */
    public LoadDataRow dateTime(LocalDateTime value) {
        if (value == null) {
            return nothing();
        }
        separate();
        if (value.getYear() < 0 || value.getYear() > 9999) {
            DATE_TIME.formatTo(value, text);
            return this;
        }
        digits(value.getYear(), 4).append('-');
        digits(value.getMonthValue(), 2).append('-');
        digits(value.getDayOfMonth(), 2).append(' ');
        digits(value.getHour(), 2).append(':');
        digits(value.getMinute(), 2).append(':');
        digits(value.getSecond(), 2).append('.');
        digits(value.getNano() / NANOS_PER_MICRO, 6);
        return this;
    }

    public void end() {
        text.append('\n');
        started = false;
        rows++;
    }

    /** Rows ended so far. */
    long rows() {
        return rows;
    }

    /** Characters written since the last {@link #take()}. */
    int pending() {
        return text.length();
    }

    /** The text written since the last call, which it forgets. */
    String take() {
        String taken = text.toString();
        text.setLength(0);
        return taken;
    }

    /** The number with leading zeros to so many digits. */
    private StringBuilder digits(int number, int count) {
        for (int power = count - 1; power >= 0; power--) {
            text.append((char) ('0' + number / POWERS_OF_TEN[power] % 10));
        }
        return text;
    }

    private LoadDataRow nothing() {
        separate();
        text.append("\\N");
        return this;
    }

    private void separate() {
        if (started) {
            text.append('\t');
        }
        started = true;
    }
}

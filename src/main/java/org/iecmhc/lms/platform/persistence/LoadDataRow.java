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

    public LoadDataRow dateTime(LocalDateTime value) {
        if (value == null) {
            return nothing();
        }
        separate();
        DATE_TIME.formatTo(value, text);
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

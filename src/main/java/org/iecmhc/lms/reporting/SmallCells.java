package org.iecmhc.lms.reporting;

/**
 * Small-cell suppression for demographic tables: a count of one person or a few could point at someone in a small
 * cohort, so counts under the threshold are shown as "&lt;N" and their percent is withheld. Zero is shown, as it
 * points at nobody. A threshold of 0 (the default) shows every count.
 */
public record SmallCells(int threshold) {

    public boolean hides(long count) {
        return count > 0 && count < threshold;
    }

    public String count(long count) {
        return hides(count) ? "<" + threshold : String.valueOf(count);
    }

    public String percent(long count, long total) {
        if (hides(count)) {
            return "";
        }
        Double percent = ImpactFigures.percent(count, total);
        return percent == null ? "" : percent.toString();
    }
}

package org.iecmhc.lms.reporting;

import java.util.Map;

import org.iecmhc.lms.platform.time.FiscalYear;

/** The figures of a range of fiscal years and of each of its years, oldest first, for the table and the trend charts. */
public record RangeFigures(ImpactFigures whole, Map<FiscalYear, ImpactFigures> byYear) {
}

package org.iecmhc.lms.reporting;

import java.io.Serializable;
import java.util.List;

/** A report table as shown, in the language of the person who asked: what every export writes. */
public record ReportTable(String title, List<String> headers, List<List<String>> rows) implements Serializable {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}

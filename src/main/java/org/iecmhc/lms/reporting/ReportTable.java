package org.iecmhc.lms.reporting;

import java.io.Serializable;
import java.util.List;

/**
 * A report table as shown, in the language of the person who asked: what every export writes. The getters are for
 * the pages, as Jakarta Expression Language 5 does not read record components.
 */
public record ReportTable(String title, List<String> headers, List<List<String>> rows) implements Serializable {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public String getTitle() {
        return title;
    }

    public List<String> getHeaders() {
        return headers;
    }

    /**
     * The headers after the first column's, which names each row: the pages render that column on its own and the
     * numbers in a column set of one kind, so no cell evaluates which kind it is (issue 17).
     */
    public List<String> getNumberHeaders() {
        return headers.subList(1, headers.size());
    }

    public List<List<String>> getRows() {
        return rows;
    }
}

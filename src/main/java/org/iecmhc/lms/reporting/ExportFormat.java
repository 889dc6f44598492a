package org.iecmhc.lms.reporting;

import java.util.Locale;
import java.util.Optional;

import org.iecmhc.lms.platform.text.Codes;
import org.iecmhc.lms.platform.text.Xlsx;

/** The file formats every report table can be downloaded in. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8"),
    XLSX(Xlsx.CONTENT_TYPE),
    PDF("application/pdf");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> of(String text) {
        return Codes.find(values(), ExportFormat::extension, text);
    }
}

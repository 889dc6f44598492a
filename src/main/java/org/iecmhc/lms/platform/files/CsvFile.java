package org.iecmhc.lms.platform.files;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file chosen for a CSV import, judged before it is read: by its name (a spreadsheet saved as .xlsx or a PDF is not
 * an import) and by its size. The pages check the same in the browser (resources/js/upload.js) so the person hears at
 * once; this check is the one that counts. The answer is the reason, for the page to say in its own words.
 */
public final class CsvFile {

    /** The extensions accepted, as the page's data attribute lists them. */
    public static final String TYPES = "csv txt";

    public enum Problem { WRONG_TYPE, TOO_BIG }

    private CsvFile() {
    }

    public static Optional<Problem> problem(String fileName, long size, long maxBytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !List.of(TYPES.split(" ")).contains(name.substring(dot + 1))) {
            return Optional.of(Problem.WRONG_TYPE);
        }
        return size > maxBytes ? Optional.of(Problem.TOO_BIG) : Optional.empty();
    }
}

package org.iecmhc.lms.platform.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.imports.CsvImport;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.platform.text.Utf8;

/**
 * How a CSV import call reads its body and answers, alike for every import: with {@code dryRun} it only checks
 * ({@code {"wouldImport": n}}), otherwise it stores ({@code {"imported": n}}); a file with problems answers 422 with
 * one error per line problem (the first hundred) and their total, and nothing is stored.
 */
public final class CsvImportAnswer {

    /**
     * The OpenAPI extension that marks an import operation, replaced by these answers' descriptions; its value names
     * what the count counts ("lines").
     */
    public static final String EXTENSION = "x-csv-import";
    private static final int UNPROCESSABLE = 422;

    private CsvImportAnswer() {
    }

    /** The body as text, or a 422 when it is not UTF-8. */
    public static String csv(byte[] body) {
        try {
            return Utf8.decode(body == null ? new byte[0] : body);
        } catch (InputRejected notUtf8) {
            throw new WebApplicationException(
                    ApiError.response(UNPROCESSABLE, Messages.text(Locale.ENGLISH, notUtf8.messageKey())));
        }
    }

    /** {@code what} names the file's lines in the refusal: "no session was imported". */
    /** The body read as the import's CSV, checked with {@code dryRun} or imported, and answered as below. */
    public static Response answer(CsvImport<?> importer, byte[] body, boolean dryRun, String what) {
        return answer(importer.run(csv(body), dryRun), dryRun, what);
    }

    public static Response answer(ImportResult<?> result, boolean dryRun, String what) {
        if (!result.isClean()) {
            List<ApiError.FieldError> errors = result.problems().stream()
                    .map(p -> ApiError.FieldError.ofLine(p.line(), p.message(Locale.ENGLISH))).toList();
            return ApiError.refused("the file has " + result.problemCount() + " problems; no " + what
                    + " was imported", errors, result.problemCount());
        }
        return Response.ok(Map.of(dryRun ? "wouldImport" : "imported", result.records().size())).build();
    }
}

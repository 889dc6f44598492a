package org.iecmhc.lms.platform.imports;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.files.CsvFile;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.text.Utf8;
import org.primefaces.event.FileUploadEvent;

/**
 * The page of an all-or-nothing import (WEB-INF/includes/csv-import.xhtml): upload a CSV, see its first rows or every
 * problem, then store it all. Storing checks the file again, so one that went stale while previewed is still refused
 * whole. A feature's view names the import it runs, or the page names it to {@link CsvImportView}.
 */
public abstract class CsvImportPage<T> implements Serializable {

    /** As the page says: years of a service's history are a few MB. */
    public static final long MAX_BYTES = 30L * 1024 * 1024;
    private static final int PREVIEW_ROWS = 20;

    private String csv;
    private String fileName;
    private transient ImportResult<T> preview;
    private int imported = -1;

    /** The import this page runs. */
    protected abstract CsvImport<T> importer();

    /** The columns the file must have, in the order the sample has them. */
    public List<String> getColumnNames() {
        return importer().columns();
    }

    public void upload(FileUploadEvent event) {
        Optional<CsvFile.Problem> problem = CsvFile.problem(event.getFile().getFileName(), event.getFile().getSize(), MAX_BYTES);
        if (problem.isPresent()) {
            refuse(event, problem.get() == CsvFile.Problem.WRONG_TYPE ? "history.import.wrongType" : "history.import.tooBig");
            return;
        }
        fileName = event.getFile().getFileName();
        imported = -1;
        try {
            csv = Utf8.decode(event.getFile().getContent());
        } catch (InputRejected notUtf8) {
            refuse(event, notUtf8.messageKey());
            return;
        }
        preview = importer().check(csv);
    }

    /** The preview of an earlier file would otherwise stand under the message as if it were this one's. */
    private void refuse(FileUploadEvent event, String messageKey) {
        csv = null;
        preview = null;
        Messages.error(event.getComponent().getClientId(), messageKey);
    }

    public void importAll() {
        if (csv == null) {
            return;
        }
        preview = importer().importCsv(csv);
        if (preview.isClean()) {
            imported = preview.records().size();
            csv = null;
            Messages.info("history.import.done", imported);
        } else {
            Messages.error(null, "history.import.refused", preview.problemCount());
        }
    }

    public List<String> getProblems() {
        if (preview == null) {
            return List.of();
        }
        List<String> shown = new ArrayList<>(preview.problems().stream()
                .map(p -> Messages.text("history.import.line", p.line(), Messages.text(p.messageKey(), p.args())))
                .toList());
        if (preview.problemCount() > shown.size()) {
            shown.add(Messages.text("import.moreProblems", shown.size(), preview.problemCount()));
        }
        return shown;
    }

    public List<T> getPreviewRows() {
        return preview == null ? List.of() : preview.records().subList(0, Math.min(PREVIEW_ROWS, preview.records().size()));
    }

    public int getCount() {
        return preview == null ? 0 : preview.records().size();
    }

    public boolean isChecked() {
        return preview != null;
    }

    public boolean isClean() {
        return preview != null && preview.isClean() && csv != null;
    }

    public String getColumns() {
        return String.join(",", getColumnNames());
    }

    public long getMaxBytes() {
        return MAX_BYTES;
    }

    public String getFileName() {
        return fileName;
    }

    public int getImported() {
        return imported;
    }
}

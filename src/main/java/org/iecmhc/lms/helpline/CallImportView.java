package org.iecmhc.lms.helpline;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.counties.CountyOptions;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.files.CsvFile;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.text.Utf8;
import org.iecmhc.lms.platform.time.PacificTime;
import org.primefaces.event.FileUploadEvent;

/** Upload a historic spreadsheet, see what it holds and every problem, then import it all at once. */
@Named
@ViewScoped
public class CallImportView implements Serializable {

    private static final int PREVIEW_ROWS = 20;
    /** As the page says: a year of a busy helpline's calls is a few MB. */
    private static final long MAX_BYTES = 30L * 1024 * 1024;

    @Inject
    HelplineImport importer;

    @Inject
    CountyOptions countyOptions;

    private String csv;
    private String fileName;
    private transient CallImportReader.Result preview;
    private int imported = -1;

    public void upload(FileUploadEvent event) throws IOException {
        Optional<CsvFile.Problem> problem = CsvFile.problem(event.getFile().getFileName(), event.getFile().getSize(), MAX_BYTES);
        if (problem.isPresent()) {
            refuse(event, problem.get() == CsvFile.Problem.WRONG_TYPE ? "helpline.import.type" : "helpline.import.size");
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
        preview = importer.check(csv);
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
        CallImportReader.Result result = importer.importCsv(csv);
        preview = result;
        if (result.isClean()) {
            imported = result.calls().size();
            csv = null;
            Messages.info("helpline.import.done", imported);
        } else {
            Messages.error(null, "helpline.import.refused", result.problemCount());
        }
    }

    public long getMaxBytes() {
        return MAX_BYTES;
    }

    public boolean isChecked() {
        return preview != null;
    }

    public boolean isClean() {
        return preview != null && preview.isClean() && csv != null;
    }

    public int getCallCount() {
        return preview == null ? 0 : preview.calls().size();
    }

    public List<CallRecord> getPreviewRows() {
        return preview == null ? List.of() : preview.calls().subList(0, Math.min(PREVIEW_ROWS, preview.calls().size()));
    }

    public List<String> getProblems() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (preview == null) {
            return List.of();
        }
        List<String> shown = new ArrayList<>(preview.problems().stream()
                .map(p -> Messages.text(locale, "helpline.import.line", p.line(), p.message(locale))).toList());
        if (preview.problemCount() > shown.size()) {
            shown.add(Messages.text(locale, "import.moreProblems", shown.size(), preview.problemCount()));
        }
        return shown;
    }

    public LocalDateTime pacificTime(CallRecord row) {
        return PacificTime.fromUtc(row.receivedAtUtc());
    }

    public String countyName(CallRecord row) {
        return countyOptions.getAll().stream().filter(c -> c.getFips().equals(row.countyFips()))
                .map(County::getName).findFirst().orElse(row.countyFips());
    }

    public String getFileName() {
        return fileName;
    }

    public int getImported() {
        return imported;
    }

    public String getColumns() {
        return String.join(",", CallImportReader.COLUMNS);
    }
}

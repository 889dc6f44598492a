package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.files.CsvFile;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.text.Utf8;
import org.primefaces.event.FileUploadEvent;

/**
 * Roster import in three steps: upload a CSV, look at every line with its problems, then import all of it. The
 * import checks the file again, so a roster that went stale while it was previewed is still refused whole.
 */
@Named
@ViewScoped
public class RosterImportView implements Serializable {

    /** As the page says; a roster of 2,000 people is about 200 kB. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    @Inject
    Cohorts cohorts;

    @Inject
    RosterImport roster;

    private final CohortParameter cohort = new CohortParameter();
    private String fileName;
    private String csv;
    private List<RosterLine> lines = List.of();
    private List<RosterProblem> fileProblems = List.of();
    private boolean importable;

    public void load() {
        cohort.read(cohorts);
    }

    public void upload(FileUploadEvent event) {
        Optional<CsvFile.Problem> problem = CsvFile.problem(event.getFile().getFileName(), event.getFile().getSize(), MAX_BYTES);
        if (problem.isPresent()) {
            refuse(event, problem.get() == CsvFile.Problem.WRONG_TYPE ? "roster.wrongType" : "roster.tooBig");
            return;
        }
        fileName = event.getFile().getFileName();
        try {
            csv = Utf8.decode(event.getFile().getContent());
        } catch (InputRejected notUtf8) {
            refuse(event, notUtf8.messageKey());
            return;
        }
        RosterCheck.Result result = roster.preview(cohort.getId(), csv);
        lines = result.lines();
        fileProblems = result.fileProblems();
        importable = result.importable();
    }

    /** The preview of an earlier file would otherwise stand under the message as if it were this one's. */
    private void refuse(FileUploadEvent event, String messageKey) {
        csv = null;
        lines = List.of();
        fileProblems = List.of();
        importable = false;
        Messages.error(event.getComponent().getClientId(), messageKey);
    }

    public String importAll() {
        try {
            int imported = roster.importRoster(cohort.getId(), csv);
            Messages.infoAcrossRedirect("roster.imported", imported);
            return "/cohort/enrollments.xhtml?faces-redirect=true&cohort=" + cohort.getId();
        } catch (RosterRejected rejected) {
            fileProblems = rejected.problems();
            importable = false;
            Messages.error(null, "roster.refused");
            if (rejected.total() > fileProblems.size()) {
                Messages.error(null, "import.moreProblems", fileProblems.size(), rejected.total());
            }
            return null;
        }
    }

    public String message(RosterProblem problem) {
        return problem.message(locale());
    }

    public long getInvalidCount() {
        return lines.stream().filter(line -> !line.isValid()).count();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public long getMaxBytes() {
        return MAX_BYTES;
    }

    public boolean isUploaded() {
        return csv != null;
    }

    public boolean isImportable() {
        return importable;
    }

    public List<RosterLine> getLines() {
        return lines;
    }

    public List<RosterProblem> getFileProblems() {
        return fileProblems;
    }

    public String getFileName() {
        return fileName;
    }

    public CohortParameter getCohort() {
        return cohort;
    }
}

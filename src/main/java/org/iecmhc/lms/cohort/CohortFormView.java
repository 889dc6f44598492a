package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.i18n.Messages;

/** Creating or editing a cohort with its requirements and faculty. A refused save keeps everything typed. */
@Named
@ViewScoped
public class CohortFormView implements Serializable {

    @Inject
    Cohorts cohorts;

    private Long id;
    private boolean loaded;
    private boolean notFound;
    private CohortForm form = new CohortForm();
    private List<Account> facultyCandidates;

    /** Runs on every request of the view; reads the cohort once so that a refused save keeps the typed values. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        facultyCandidates = cohorts.facultyCandidates();
        if (id != null) {
            cohorts.find(id).ifPresentOrElse(cohort -> form = CohortForm.of(cohort), () -> notFound = true);
        }
    }

    public String save() {
        try {
            if (id == null) {
                id = cohorts.create(form.details(), form.getStatus(), form.requirements(), form.faculty()).getId();
                Messages.infoAcrossRedirect("cohort.created");
            } else {
                cohorts.update(id, form.version(), form.details(), form.getStatus(), form.requirements(), form.faculty());
                Messages.infoAcrossRedirect("cohort.saved");
            }
        } catch (CohortRejected rejected) {
            Messages.reject("cohort", rejected);
            return null;
        }
        return "/cohort/enrollments.xhtml?faces-redirect=true&cohort=" + id;
    }

    public String close() {
        cohorts.close(id);
        Messages.infoAcrossRedirect("cohort.closedNow");
        return "/cohort/cohorts.xhtml?faces-redirect=true";
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public List<InstructionLanguage> getLanguages() {
        return List.of(InstructionLanguage.values());
    }

    public List<CohortStatus> getStatuses() {
        return List.of(CohortStatus.values());
    }

    public List<Account> getFacultyCandidates() {
        return facultyCandidates;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CohortForm getForm() {
        return form;
    }
}

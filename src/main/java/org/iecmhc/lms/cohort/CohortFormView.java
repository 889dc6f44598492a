package org.iecmhc.lms.cohort;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.RecordView;

/** Creating or editing a cohort with its requirements and faculty. A refused save keeps everything typed. */
@Named
@ViewScoped
public class CohortFormView extends RecordView {

    @Inject
    Cohorts cohorts;

    private CohortForm form = new CohortForm();
    private List<Account> facultyCandidates;

    @Override
    protected boolean open(long id) {
        return fill(cohorts.find(id), cohort -> form = CohortForm.of(cohort));
    }

    public String save() {
        return FormAction.doneThenGo(() -> {
            if (isNew()) {
                setId(cohorts.create(form.details(), form.getStatus(), form.requirements(), form.faculty()).getId());
            } else {
                cohorts.update(getId(), form.version(), form.details(), form.getStatus(), form.requirements(),
                        form.faculty());
            }
            return "/cohort/enrollments.xhtml?faces-redirect=true&cohort=" + getId();
        }, FormAction.toFields("cohort"), isNew() ? "cohort.created" : "cohort.saved");
    }

    public String close() {
        cohorts.close(getId());
        Messages.infoAcrossRedirect("cohort.closedNow");
        return "/cohort/cohorts.xhtml?faces-redirect=true";
    }

    public List<InstructionLanguage> getLanguages() {
        return List.of(InstructionLanguage.values());
    }

    public List<CohortStatus> getStatuses() {
        return List.of(CohortStatus.values());
    }

    /** Read once per view, so that the choices stay put while the form is refused and corrected. */
    public List<Account> getFacultyCandidates() {
        if (facultyCandidates == null) {
            facultyCandidates = cohorts.facultyCandidates();
        }
        return facultyCandidates;
    }

    public CohortForm getForm() {
        return form;
    }
}

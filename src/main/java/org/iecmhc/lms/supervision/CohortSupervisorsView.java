package org.iecmhc.lms.supervision;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.cohort.Cohorts;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.errors.PageNotFound;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;

/** An administrator assigns the supervisors of a cohort, beside the faculty who supervise there without one. */
@Named
@ViewScoped
public class CohortSupervisorsView implements Serializable {

    @Inject
    CohortSupervisors cohortSupervisors;

    @Inject
    Cohorts cohorts;

    @Inject
    CurrentViewer viewer;

    private Long cohortId;
    private boolean loaded;
    private String cohortName;
    private String[] supervisorIds = {};

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        cohorts.find(cohortId == null ? -1 : cohortId).ifPresentOrElse(cohort -> {
            cohortName = cohort.getName();
            supervisorIds = cohortSupervisors.assigned(cohortId).stream().map(a -> String.valueOf(a.getId()))
                    .toArray(String[]::new);
        }, PageNotFound::send);
    }

    public void save() {
        Set<Long> chosen = Arrays.stream(supervisorIds).map(Long::valueOf).collect(Collectors.toSet());
        FormAction.done(() -> cohortSupervisors.assign(viewer.get(), cohortId, chosen),
                FormAction.toFields("supervisors"), "supervision.supervisors.saved");
    }

    public boolean isNotFound() {
        return cohortName == null;
    }

    public String getCohortName() {
        return cohortName;
    }

    public List<Account> getFaculty() {
        return isNotFound() ? List.of() : cohortSupervisors.facultyOf(cohortId);
    }

    public List<Account> getCandidates() {
        return cohortSupervisors.candidates();
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    /** Ids as text, so that the checkboxes need no converter. */
    public String[] getSupervisorIds() {
        return supervisorIds;
    }

    public void setSupervisorIds(String[] supervisorIds) {
        this.supervisorIds = supervisorIds;
    }
}

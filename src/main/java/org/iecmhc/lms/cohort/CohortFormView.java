package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.i18n.Messages;

/** Creating or editing a cohort with its requirements and faculty. A refused save keeps everything typed. */
@Named
@ViewScoped
public class CohortFormView implements Serializable {

    private static final String FORM = "cohort:";

    @Inject
    CohortService cohorts;

    private Long id;
    private long version;
    private boolean loaded;
    private boolean notFound;
    private String name;
    private LocalDate startDate;
    private LocalDate endDate;
    private InstructionLanguage language = InstructionLanguage.EN;
    private Integer capacity;
    private CohortStatus status = CohortStatus.PLANNED;
    private BigDecimal supervisionHours = BigDecimal.ZERO;
    private Integer copMeetings = 0;
    private BigDecimal practicumHours = BigDecimal.ZERO;
    private boolean finalEvaluationRequired = true;
    private String[] facultyIds = {};
    private List<Account> facultyCandidates;

    /** Runs on every request of the view; reads the cohort once so that a refused save keeps the typed values. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        facultyCandidates = cohorts.facultyCandidates();
        if (id != null) {
            cohorts.find(id).ifPresentOrElse(this::fill, () -> notFound = true);
        }
    }

    private void fill(Cohort cohort) {
        version = cohort.getVersion();
        name = cohort.getName();
        startDate = cohort.getStartDate();
        endDate = cohort.getEndDate();
        language = cohort.getLanguage();
        capacity = cohort.getCapacity();
        status = cohort.getStatus();
        CompletionRequirements requirements = cohort.getRequirements();
        supervisionHours = requirements.getSupervisionHours();
        copMeetings = requirements.getCopMeetings();
        practicumHours = requirements.getPracticumHours();
        finalEvaluationRequired = requirements.isFinalEvaluationRequired();
        facultyIds = cohort.getFaculty().stream().map(a -> String.valueOf(a.getId())).toArray(String[]::new);
    }

    public String save() {
        CohortDetails details = new CohortDetails(name, startDate, endDate, language, capacity);
        CompletionRequirements requirements = new CompletionRequirements(supervisionHours,
                copMeetings == null ? 0 : copMeetings, practicumHours, finalEvaluationRequired);
        Set<Long> faculty = Arrays.stream(facultyIds).map(Long::valueOf).collect(Collectors.toSet());
        try {
            if (id == null) {
                id = cohorts.create(details, status, requirements, faculty).getId();
                Messages.infoAcrossRedirect("cohort.created");
            } else {
                cohorts.update(id, version, details, status, requirements, faculty);
                Messages.infoAcrossRedirect("cohort.saved");
            }
        } catch (CohortRejected rejected) {
            Messages.error(FORM + rejected.field(), rejected.messageKey());
            return null;
        }
        return "/admin/enrollments.xhtml?faces-redirect=true&cohort=" + id;
    }

    public String close() {
        cohorts.close(id);
        Messages.infoAcrossRedirect("cohort.closedNow");
        return "/admin/cohorts.xhtml?faces-redirect=true";
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public InstructionLanguage getLanguage() {
        return language;
    }

    public void setLanguage(InstructionLanguage language) {
        this.language = language;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public CohortStatus getStatus() {
        return status;
    }

    public void setStatus(CohortStatus status) {
        this.status = status;
    }

    public BigDecimal getSupervisionHours() {
        return supervisionHours;
    }

    public void setSupervisionHours(BigDecimal supervisionHours) {
        this.supervisionHours = supervisionHours;
    }

    public Integer getCopMeetings() {
        return copMeetings;
    }

    public void setCopMeetings(Integer copMeetings) {
        this.copMeetings = copMeetings;
    }

    public BigDecimal getPracticumHours() {
        return practicumHours;
    }

    public void setPracticumHours(BigDecimal practicumHours) {
        this.practicumHours = practicumHours;
    }

    public boolean isFinalEvaluationRequired() {
        return finalEvaluationRequired;
    }

    public void setFinalEvaluationRequired(boolean finalEvaluationRequired) {
        this.finalEvaluationRequired = finalEvaluationRequired;
    }

    /** Ids as text, so that the checkboxes need no converter. */
    public String[] getFacultyIds() {
        return facultyIds;
    }

    public void setFacultyIds(String[] facultyIds) {
        this.facultyIds = facultyIds;
    }
}

package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.iecmhc.lms.platform.time.PeriodInput;

/** The cohort form as typed: details, status, completion requirements and faculty, kept as typed when refused. */
public class CohortForm implements Serializable {

    private long version;
    private String name;
    private PeriodInput period = new PeriodInput();
    private InstructionLanguage language = InstructionLanguage.EN;
    private Integer capacity;
    private CohortStatus status = CohortStatus.PLANNED;
    private BigDecimal supervisionHours = BigDecimal.ZERO;
    private Integer copMeetings = 0;
    private BigDecimal practicumHours = BigDecimal.ZERO;
    private boolean finalEvaluationRequired = true;
    private String[] facultyIds = {};

    static CohortForm of(Cohort cohort) {
        CohortForm form = new CohortForm();
        form.version = cohort.getVersion();
        form.name = cohort.getName();
        form.period = new PeriodInput(cohort.getStartDate(), cohort.getEndDate());
        form.language = cohort.getLanguage();
        form.capacity = cohort.getCapacity();
        form.status = cohort.getStatus();
        CompletionRequirements requirements = cohort.getRequirements();
        form.supervisionHours = requirements.getSupervisionHours();
        form.copMeetings = requirements.getCopMeetings();
        form.practicumHours = requirements.getPracticumHours();
        form.finalEvaluationRequired = requirements.isFinalEvaluationRequired();
        form.facultyIds = cohort.getFaculty().stream().map(a -> String.valueOf(a.getId())).toArray(String[]::new);
        return form;
    }

    CohortDetails details() {
        return new CohortDetails(name, period.getStart(), period.getEnd(), language, capacity);
    }

    /** An emptied meeting count means none. */
    CompletionRequirements requirements() {
        return new CompletionRequirements(supervisionHours, copMeetings == null ? 0 : copMeetings, practicumHours,
                finalEvaluationRequired);
    }

    Set<Long> faculty() {
        return Arrays.stream(facultyIds).map(Long::valueOf).collect(Collectors.toSet());
    }

    long version() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PeriodInput getPeriod() {
        return period;
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

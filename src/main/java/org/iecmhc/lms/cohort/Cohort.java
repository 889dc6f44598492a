package org.iecmhc.lms.cohort;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** A year-long group of trainees, such as "2024-2025", with its faculty and completion requirements. */
@Entity
@Table(name = "cohort")
public class Cohort extends AuditedRecord {

    private String name;

    private LocalDate startDate;

    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private InstructionLanguage language;

    private int capacity;

    @Enumerated(EnumType.STRING)
    private CohortStatus status = CohortStatus.PLANNED;

    @Embedded
    private CompletionRequirements requirements = new CompletionRequirements();

    @ManyToMany
    @JoinTable(name = "cohort_faculty", joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> faculty = new HashSet<>();

    protected Cohort() {
    }

    public Cohort(String name, LocalDate startDate, LocalDate endDate, InstructionLanguage language, int capacity) {
        describe(name, startDate, endDate, language, capacity);
    }

    void describe(String name, LocalDate startDate, LocalDate endDate, InstructionLanguage language, int capacity) {
        this.name = name.trim();
        this.startDate = startDate;
        this.endDate = endDate;
        this.language = language;
        this.capacity = capacity;
    }

    void setStatus(CohortStatus status) {
        this.status = status;
    }

    void setRequirements(CompletionRequirements requirements) {
        this.requirements = requirements;
    }

    void setFaculty(Set<Account> faculty) {
        this.faculty.clear();
        this.faculty.addAll(faculty);
    }

    @Override
    public String auditLabel() {
        return name;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public InstructionLanguage getLanguage() {
        return language;
    }

    public int getCapacity() {
        return capacity;
    }

    public CohortStatus getStatus() {
        return status;
    }

    public boolean isClosed() {
        return status == CohortStatus.CLOSED;
    }

    public CompletionRequirements getRequirements() {
        return requirements;
    }

    public Set<Account> getFaculty() {
        return Set.copyOf(faculty);
    }
}

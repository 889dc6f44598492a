package org.iecmhc.lms.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.text.TypedText;

/**
 * A course taught in a cohort: its lead faculty member and co-teachers, ordered modules, and whether passing it counts toward
 * completion.
 */
@Entity
@Table(name = "course")
public class Course extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Cohort cohort;

    private String title;

    private String description;

    @ManyToOne
    private Account faculty;

    /** Everyone who teaches the course, the lead included, so rules about its faculty ask one collection. */
    @ManyToMany
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "course_teacher", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> teachers = new HashSet<>();

    private LocalDate startDate;

    private LocalDate endDate;

    private boolean required = true;

    private int passingPercent = 70;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CourseModule> modules = new ArrayList<>();

    protected Course() {
    }

    public Course(Cohort cohort, CourseDetails details, Account faculty) {
        this(cohort, details, faculty, Set.of());
    }

    Course(Cohort cohort, CourseDetails details, Account faculty, Collection<Account> coTeachers) {
        this.cohort = cohort;
        describe(details, faculty, coTeachers);
    }

    void describe(CourseDetails details, Account faculty, Collection<Account> coTeachers) {
        this.title = details.title().trim();
        this.description = TypedText.trimmedOrNull(details.description());
        this.faculty = faculty;
        this.teachers.clear();
        this.teachers.addAll(coTeachers);
        if (faculty != null) {
            this.teachers.add(faculty);
        }
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.required = details.required();
        this.passingPercent = details.passingPercent();
    }

    /**
     * A new course in the cohort with this one's description, modules and materials (the same stored files: a
     * material's file is never erased with it), its dates moved by the given number of days.
     */
    Course copyInto(Cohort target, Account teacher, long shiftDays) {
        Course copy = new Course(target, new CourseDetails(title, description, shifted(startDate, shiftDays),
                shifted(endDate, shiftDays), required, passingPercent), teacher);
        for (CourseModule module : modules) {
            CourseModule copied = copy.addModule(module.getTitle());
            module.getMaterials().forEach(copied::addCopyOf);
        }
        return copy;
    }

    private static LocalDate shifted(LocalDate day, long days) {
        return day == null ? null : day.plusDays(days);
    }

    void moveTo(Cohort cohort) {
        this.cohort = cohort;
    }

    CourseModule addModule(String title) {
        CourseModule module = new CourseModule(this, modules.size() + 1, title);
        modules.add(module);
        return module;
    }

    void removeModule(CourseModule module) {
        modules.remove(module);
        for (int i = 0; i < modules.size(); i++) {
            modules.get(i).placeAt(i + 1);
        }
    }

    public boolean isTaughtBy(Account account) {
        return teachers.stream().anyMatch(teacher -> teacher.getId().equals(account.getId()));
    }

    @Override
    public String auditLabel() {
        return title;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Account getFaculty() {
        return faculty;
    }

    /** The faculty who teach the course besides its lead, by name. */
    public List<Account> getCoTeachers() {
        return teachers.stream().filter(teacher -> faculty == null || !teacher.getId().equals(faculty.getId()))
                .sorted(Comparator.comparing(Account::getLastName).thenComparing(Account::getFirstName)).toList();
    }

    public Set<Account> getTeachers() {
        return Set.copyOf(teachers);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public boolean isRequired() {
        return required;
    }

    public int getPassingPercent() {
        return passingPercent;
    }

    public List<CourseModule> getModules() {
        return List.copyOf(modules);
    }
}

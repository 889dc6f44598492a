package org.iecmhc.lms.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.calendar.CalendarPersonalData;
import org.iecmhc.lms.cohort.CohortPersonalData;
import org.iecmhc.lms.cohort.Cohorts;
import org.iecmhc.lms.cohort.Enrollments;
import org.iecmhc.lms.cohort.RosterImport;
import org.iecmhc.lms.cohort.TraineeProfiles;
import org.iecmhc.lms.completion.CompletionPersonalData;
import org.iecmhc.lms.completion.Completions;
import org.iecmhc.lms.completion.CreditSource;
import org.iecmhc.lms.consultation.ConsultationAssignments;
import org.iecmhc.lms.consultation.ConsultationPersonalData;
import org.iecmhc.lms.course.CourseCredits;
import org.iecmhc.lms.course.CoursePersonalData;
import org.iecmhc.lms.course.CourseReader;
import org.iecmhc.lms.course.Courses;
import org.iecmhc.lms.course.Gradebooks;
import org.iecmhc.lms.course.Grades;
import org.iecmhc.lms.course.HomeSummary;
import org.iecmhc.lms.course.Submissions;
import org.iecmhc.lms.evaluation.CompetencyEvaluations;
import org.iecmhc.lms.evaluation.CourseEvaluations;
import org.iecmhc.lms.evaluation.EvaluationPersonalData;
import org.iecmhc.lms.evaluation.FinalEvaluationCredits;
import org.iecmhc.lms.evaluation.SurveyTemplates;
import org.iecmhc.lms.helpline.HelplineCalls;
import org.iecmhc.lms.helpline.HelplineFigures;
import org.iecmhc.lms.helpline.HelplinePersonalData;
import org.iecmhc.lms.helpline.HelplineTopics;
import org.iecmhc.lms.identity.AccountLinks;
import org.iecmhc.lms.identity.AccountPersonalData;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Invitations;
import org.iecmhc.lms.identity.PasswordHasher;
import org.iecmhc.lms.identity.PasswordResets;
import org.iecmhc.lms.identity.SignIns;
import org.iecmhc.lms.opendoor.OpenDoorPersonalData;
import org.iecmhc.lms.opendoor.OpenDoorSessions;
import org.iecmhc.lms.platform.audit.AuditErasure;
import org.iecmhc.lms.platform.audit.AuditLog;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.mail.Composer;
import org.iecmhc.lms.platform.mail.Outbox;
import org.iecmhc.lms.platform.mail.OutboxPersonalData;
import org.iecmhc.lms.platform.mail.PublicLinks;
import org.iecmhc.lms.platform.privacy.PersonalData;
import org.iecmhc.lms.community.CommunitiesOfPractice;
import org.iecmhc.lms.community.PracticeCalendar;
import org.iecmhc.lms.community.PracticeCredits;
import org.iecmhc.lms.community.PracticePersonalData;
import org.iecmhc.lms.community.PracticeRegister;
import org.iecmhc.lms.community.PracticeSchedule;
import org.iecmhc.lms.practicum.LogReview;
import org.iecmhc.lms.practicum.Placements;
import org.iecmhc.lms.practicum.PracticumCredits;
import org.iecmhc.lms.practicum.PracticumLog;
import org.iecmhc.lms.practicum.PracticumPersonalData;
import org.iecmhc.lms.privacy.DataSubjects;
import org.iecmhc.lms.privacy.PersonalExportZip;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.reporting.DemographicsReport;
import org.iecmhc.lms.reporting.ImpactReport;
import org.iecmhc.lms.supervision.CohortSupervisors;
import org.iecmhc.lms.supervision.ReflectiveSupervision;
import org.iecmhc.lms.supervision.SessionNotes;
import org.iecmhc.lms.supervision.SupervisionCalendar;
import org.iecmhc.lms.supervision.SupervisionCredits;
import org.iecmhc.lms.supervision.SupervisionPersonalData;
import org.iecmhc.lms.support.CommunitiesOfSupport;
import org.iecmhc.lms.support.SupportPersonalData;

/**
 * Every service wired over one EntityManager and one clock, as CDI wires them in the application, each built once
 * on first use so that a test sees one Accounts whichever service reaches it. Persistence tests take what
 * they need ({@code services.cohorts()}) instead of repeating the constructor graph.
 */
public final class Services {

    /** Hashing is slow by design; one hasher is enough for a whole run. */
    private static final PasswordHasher HASHER = new PasswordHasher();
    /** Links in mails as a developer's machine has them: no public address is configured in these tests. */
    private static final PublicLinks PUBLIC_LINKS = new PublicLinks(java.util.Optional.empty());
    private static final Path DEFAULT_FILES = Path.of("target", "test-files");

    private final EntityManager em;
    private final Clock clock;
    private final Path files;
    private final Map<Class<?>, Object> built = new HashMap<>();

    private Services(EntityManager em, Clock clock, Path files) {
        this.em = em;
        this.clock = clock;
        this.files = files;
    }

    public static Services on(EntityManager em, Clock clock) {
        return new Services(em, clock, DEFAULT_FILES);
    }

    /** For tests that look at the stored files themselves. */
    public static Services on(EntityManager em, Clock clock, Path files) {
        return new Services(em, clock, files);
    }

    /** Built on first use only; not computeIfAbsent, since a service's supplier asks for the services it needs. */
    private <T> T once(Class<T> type, Supplier<T> build) {
        Object service = built.get(type);
        if (service == null) {
            service = build.get();
            built.put(type, service);
        }
        return type.cast(service);
    }

    public EntityManager em() {
        return em;
    }

    public Clock clock() {
        return clock;
    }

    public Counties counties() {
        return once(Counties.class, () -> new Counties(em));
    }

    public FileStore fileStore() {
        return once(FileStore.class, () -> new FileStore(em, clock, files.toString()));
    }

    private AuditLog auditLog() {
        return once(AuditLog.class, () -> new AuditLog(em));
    }

    public Accounts accounts() {
        return once(Accounts.class, () -> new Accounts(em, HASHER, clock));
    }

    public Outbox outbox() {
        return once(Outbox.class, () -> new Outbox(em, new Composer(PUBLIC_LINKS), clock));
    }

    public AccountLinks accountLinks() {
        return once(AccountLinks.class, () -> new AccountLinks(em, HASHER, outbox(), PUBLIC_LINKS, clock));
    }

    public Invitations invitations() {
        return once(Invitations.class, () -> new Invitations(em, accounts(), accountLinks(), clock));
    }

    public PasswordResets passwordResets() {
        return once(PasswordResets.class, () -> new PasswordResets(em, accountLinks(), clock));
    }

    public SignIns signIns() {
        return once(SignIns.class, () -> new SignIns(em, HASHER, clock));
    }

    public Cohorts cohorts() {
        return once(Cohorts.class, () -> new Cohorts(em));
    }

    public Enrollments enrollments() {
        return once(Enrollments.class, () -> new Enrollments(em, accounts(), invitations(), cohorts(), clock));
    }

    public TraineeProfiles profiles() {
        return once(TraineeProfiles.class, () -> new TraineeProfiles(em));
    }

    public RosterImport roster() {
        return once(RosterImport.class, () -> new RosterImport(em, accounts(), invitations(), cohorts(), counties(),
                clock));
    }

    public Courses courses() {
        return once(Courses.class, () -> new Courses(em));
    }

    public Submissions submissions() {
        return once(Submissions.class, () -> new Submissions(em, fileStore(), clock));
    }

    public Grades grading() {
        return once(Grades.class, () -> new Grades(em, clock));
    }

    public Gradebooks gradebooks() {
        return once(Gradebooks.class, () -> new Gradebooks(em));
    }

    public CourseReader courseReader() {
        return once(CourseReader.class, () -> new CourseReader(em));
    }

    public HomeSummary homeSummary() {
        return once(HomeSummary.class, () -> new HomeSummary(em, clock));
    }

    public ProviderRegistry providers() {
        return once(ProviderRegistry.class, () -> new ProviderRegistry(em, counties()));
    }

    public Placements placements() {
        return once(Placements.class, () -> new Placements(em, providers()));
    }

    public PracticumLog practicumLog() {
        return once(PracticumLog.class, () -> new PracticumLog(em, clock));
    }

    public LogReview logReview() {
        return once(LogReview.class, () -> new LogReview(em, clock));
    }

    public CohortSupervisors cohortSupervisors() {
        return once(CohortSupervisors.class, () -> new CohortSupervisors(em, accounts()));
    }

    public ReflectiveSupervision supervision() {
        return once(ReflectiveSupervision.class, () -> new ReflectiveSupervision(em, accounts(), cohortSupervisors()));
    }

    public SessionNotes notes() {
        return once(SessionNotes.class, () -> new SessionNotes(em, clock));
    }

    public SupervisionCalendar supervisionCalendar() {
        return once(SupervisionCalendar.class, () -> new SupervisionCalendar(em));
    }

    public CommunitiesOfPractice communities() {
        return once(CommunitiesOfPractice.class, () -> new CommunitiesOfPractice(em, accounts()));
    }

    public PracticeSchedule practiceSchedule() {
        return once(PracticeSchedule.class, () -> new PracticeSchedule(em, clock));
    }

    public PracticeRegister practiceRegister() {
        return once(PracticeRegister.class, () -> new PracticeRegister(em, clock));
    }

    public PracticeCalendar practiceCalendar() {
        return once(PracticeCalendar.class, () -> new PracticeCalendar(em));
    }

    public OpenDoorSessions openDoor() {
        return once(OpenDoorSessions.class, () -> new OpenDoorSessions(em, providers(), clock));
    }

    public CommunitiesOfSupport support() {
        return once(CommunitiesOfSupport.class, () -> new CommunitiesOfSupport(em, providers(), clock));
    }

    public ConsultationAssignments consultation() {
        return once(ConsultationAssignments.class, () -> new ConsultationAssignments(em, providers(), clock));
    }

    public HelplineCalls helplineCalls() {
        return once(HelplineCalls.class, () -> new HelplineCalls(em, counties(), clock));
    }

    public HelplineTopics helplineTopics() {
        return once(HelplineTopics.class, () -> new HelplineTopics(em));
    }

    public HelplineFigures helplineFigures() {
        return once(HelplineFigures.class, () -> new HelplineFigures(em));
    }

    public SurveyTemplates surveyTemplates() {
        return once(SurveyTemplates.class, () -> new SurveyTemplates(em));
    }

    public CourseEvaluations courseEvaluations() {
        return once(CourseEvaluations.class, () -> new CourseEvaluations(em, surveyTemplates(), clock));
    }

    public CompetencyEvaluations competencyEvaluations() {
        return once(CompetencyEvaluations.class, () -> new CompetencyEvaluations(em, surveyTemplates(), clock));
    }

    public CourseCredits courseCredits() {
        return once(CourseCredits.class, () -> new CourseCredits(em, gradebooks()));
    }

    public SupervisionCredits supervisionCredits() {
        return once(SupervisionCredits.class, () -> new SupervisionCredits(em));
    }

    public PracticeCredits practiceCredits() {
        return once(PracticeCredits.class, () -> new PracticeCredits(em, clock));
    }

    public PracticumCredits practicumCredits() {
        return once(PracticumCredits.class, () -> new PracticumCredits(em));
    }

    public FinalEvaluationCredits finalEvaluationCredits() {
        return once(FinalEvaluationCredits.class, () -> new FinalEvaluationCredits(em));
    }

    /** Completion counted from these sources: each test says which features' credits it looks at. */
    public Completions completion(List<CreditSource> sources) {
        return new Completions(em, sources, enrollments(), clock);
    }

    public ImpactReport impact() {
        return once(ImpactReport.class, () -> new ImpactReport(em, helplineFigures()));
    }

    public DemographicsReport demographics() {
        return once(DemographicsReport.class, () -> new DemographicsReport(em));
    }

    /** Every feature's personal data, as the application's privacy service finds them. */
    private List<PersonalData> personalData() {
        return List.of(new AccountPersonalData(em, HASHER), new CohortPersonalData(em), new CoursePersonalData(em, fileStore()),
                new HelplinePersonalData(em, auditLog()), new OpenDoorPersonalData(em), new SupportPersonalData(em),
                new ConsultationPersonalData(em), new SupervisionPersonalData(em), new PracticePersonalData(em),
                new PracticumPersonalData(em), new EvaluationPersonalData(em), new CompletionPersonalData(em),
                new CalendarPersonalData(em), new OutboxPersonalData(em));
    }

    public DataSubjects privacy() {
        return once(DataSubjects.class, () -> new DataSubjects(personalData(), accounts(), enrollments(), auditLog(),
                new AuditErasure(em), clock));
    }

    public PersonalExportZip exportZip() {
        return once(PersonalExportZip.class, () -> new PersonalExportZip(fileStore()));
    }
}

package org.iecmhc.lms.testsupport;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iecmhc.lms.announcement.Announcements;
import org.iecmhc.lms.calendar.CalendarPersonalData;
import org.iecmhc.lms.calendar.CalendarSource;
import org.iecmhc.lms.calendar.PersonalCalendar;
import org.iecmhc.lms.cohort.CohortPersonalData;
import org.iecmhc.lms.cohort.Cohorts;
import org.iecmhc.lms.cohort.Enrollments;
import org.iecmhc.lms.cohort.EnrollmentHistory;
import org.iecmhc.lms.cohort.RosterImport;
import org.iecmhc.lms.cohort.TraineeProfiles;
import org.iecmhc.lms.completion.CompletionPersonalData;
import org.iecmhc.lms.completion.Completions;
import org.iecmhc.lms.completion.CreditSource;
import org.iecmhc.lms.completion.RenewalReminders;
import org.iecmhc.lms.consultation.AssignmentHistory;
import org.iecmhc.lms.consultation.ConsultationAssignments;
import org.iecmhc.lms.consultation.request.ConsultationRequests;
import org.iecmhc.lms.consultation.ConsultationPersonalData;
import org.iecmhc.lms.consultation.ConsultationSurveys;
import org.iecmhc.lms.course.CourseCopies;
import org.iecmhc.lms.course.CourseCopyStep;
import org.iecmhc.lms.course.CourseCredits;
import org.iecmhc.lms.course.CoursePersonalData;
import org.iecmhc.lms.course.DueReminders;
import org.iecmhc.lms.course.CourseReader;
import org.iecmhc.lms.course.CourseCalendar;
import org.iecmhc.lms.course.Courses;
import org.iecmhc.lms.course.Gradebooks;
import org.iecmhc.lms.course.Grades;
import org.iecmhc.lms.course.GradingOrder;
import org.iecmhc.lms.course.HomeSummary;
import org.iecmhc.lms.course.Submissions;
import org.iecmhc.lms.course.WorkDue;
import org.iecmhc.lms.course.WorkToRevise;
import org.iecmhc.lms.evaluation.CompetencyEvaluations;
import org.iecmhc.lms.evaluation.CourseEvaluations;
import org.iecmhc.lms.evaluation.EvaluationPersonalData;
import org.iecmhc.lms.evaluation.EvaluationsToFill;
import org.iecmhc.lms.evaluation.EvaluationTemplateCopy;
import org.iecmhc.lms.evaluation.FinalEvaluationCredits;
import org.iecmhc.lms.evaluation.SurveyTemplates;
import org.iecmhc.lms.forum.ForumPersonalData;
import org.iecmhc.lms.forum.Forums;
import org.iecmhc.lms.helpline.CallStatistics;
import org.iecmhc.lms.helpline.HelplineCalls;
import org.iecmhc.lms.helpline.followup.FollowUps;
import org.iecmhc.lms.home.ToDoList;
import org.iecmhc.lms.home.ToDoSource;
import org.iecmhc.lms.helpline.HelplineFigures;
import org.iecmhc.lms.helpline.HelplinePersonalData;
import org.iecmhc.lms.helpline.HelplineTopics;
import org.iecmhc.lms.helpline.ReferralCounts;
import org.iecmhc.lms.helpline.ReferralDirectory;
import org.iecmhc.lms.identity.AccessTokenCheck;
import org.iecmhc.lms.identity.AccessTokenPersonalData;
import org.iecmhc.lms.identity.AccessTokens;
import org.iecmhc.lms.identity.AccountLinks;
import org.iecmhc.lms.identity.AccountPersonalData;
import org.iecmhc.lms.identity.AccountSecurityStamps;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Invitations;
import org.iecmhc.lms.identity.PasswordHasher;
import org.iecmhc.lms.identity.PasswordSignInPolicy;
import org.iecmhc.lms.identity.PasswordResets;
import org.iecmhc.lms.identity.SignIns;
import org.iecmhc.lms.notification.NotificationDigest;
import org.iecmhc.lms.notification.NotificationPersonalData;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.notification.UnreadNotifications;
import org.iecmhc.lms.identity.sso.SsoSignIns;
import org.iecmhc.lms.offering.OfferingReminders;
import org.iecmhc.lms.offering.OfferingSource;
import org.iecmhc.lms.offering.Offerings;
import org.iecmhc.lms.offering.RegistrationPersonalData;
import org.iecmhc.lms.offering.Registrations;
import org.iecmhc.lms.opendoor.OpenDoorOfferings;
import org.iecmhc.lms.opendoor.OpenDoorPersonalData;
import org.iecmhc.lms.opendoor.OpenDoorHistory;
import org.iecmhc.lms.opendoor.OpenDoorCalendar;
import org.iecmhc.lms.opendoor.OpenDoorSessions;
import org.iecmhc.lms.opendoor.OpenDoorYear;
import org.iecmhc.lms.opendoor.OpenDoorSurveys;
import org.iecmhc.lms.platform.api.IdempotencyKeys;
import org.iecmhc.lms.platform.audit.AuditErasure;
import org.iecmhc.lms.platform.audit.AuditLog;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.mail.Composer;
import org.iecmhc.lms.platform.mail.Outbox;
import org.iecmhc.lms.platform.mail.OutboxPersonalData;
import org.iecmhc.lms.platform.mail.PublicLinks;
import org.iecmhc.lms.platform.persistence.PageReads;
import org.iecmhc.lms.platform.privacy.PersonalData;
import org.iecmhc.lms.platform.security.PersonalFigure;
import org.iecmhc.lms.community.CommunitiesOfPractice;
import org.iecmhc.lms.community.MeetingReminders;
import org.iecmhc.lms.community.PracticeCalendar;
import org.iecmhc.lms.community.PracticeHistory;
import org.iecmhc.lms.community.PracticeCredits;
import org.iecmhc.lms.community.PracticePersonalData;
import org.iecmhc.lms.community.PracticeRegister;
import org.iecmhc.lms.community.PracticeSchedule;
import org.iecmhc.lms.practicum.EntriesToCorrect;
import org.iecmhc.lms.practicum.LogReview;
import org.iecmhc.lms.practicum.Placements;
import org.iecmhc.lms.practicum.PracticumCalendar;
import org.iecmhc.lms.practicum.PracticumCredits;
import org.iecmhc.lms.practicum.PracticumLog;
import org.iecmhc.lms.practicum.PracticumPersonalData;
import org.iecmhc.lms.privacy.DataSubjects;
import org.iecmhc.lms.privacy.PersonalExportZip;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.reporting.DemographicsReport;
import org.iecmhc.lms.reporting.FigurePublications;
import org.iecmhc.lms.reporting.ImpactDashboards;
import org.iecmhc.lms.reporting.ImpactReport;
import org.iecmhc.lms.reporting.ReportTables;
import org.iecmhc.lms.supervision.CohortSupervisors;
import org.iecmhc.lms.supervision.ReflectiveSupervision;
import org.iecmhc.lms.supervision.SessionNotes;
import org.iecmhc.lms.supervision.SupervisionCalendar;
import org.iecmhc.lms.supervision.SupervisionCredits;
import org.iecmhc.lms.supervision.SupervisionHistory;
import org.iecmhc.lms.supervision.SupervisionPersonalData;
import org.iecmhc.lms.support.CommunitiesOfSupport;
import org.iecmhc.lms.support.SupportCalendar;
import org.iecmhc.lms.support.SupportHistory;
import org.iecmhc.lms.support.SupportOfferings;
import org.iecmhc.lms.support.SupportPersonalData;
import org.iecmhc.lms.support.SupportSurveys;
import org.iecmhc.lms.survey.SurveyLinks;
import org.iecmhc.lms.survey.SurveyPersonalData;
import org.iecmhc.lms.survey.SurveyTarget;
import org.iecmhc.lms.webinar.WebinarOfferings;
import org.iecmhc.lms.webinar.WebinarPersonalData;
import org.iecmhc.lms.webinar.WebinarSurveys;
import org.iecmhc.lms.webinar.WebinarCalendar;
import org.iecmhc.lms.webinar.Webinars;
import org.iecmhc.lms.testimonial.Testimonials;

/**
 * Every service wired over one EntityManager and one clock, as CDI wires them in the application, each built once
 * on first use so that a test sees one Accounts whichever service reaches it. Persistence tests take what
 * they need ({@code services.cohorts()}) instead of repeating the constructor graph.
 */
public final class Services {

    /** Hashing is slow by design; one hasher, which hashes each password once, is enough for a whole run. */
    private static final PasswordHasher HASHER = new RememberingHasher();
    /** Links in mails as a developer's machine has them: no public address is configured in these tests. */
    private static final PublicLinks PUBLIC_LINKS = new PublicLinks(java.util.Optional.empty());
    private static final Path DEFAULT_FILES = Path.of("target", "test-files");
    /** As configured by default: a password opens every account whose own switch leaves it on. */
    private static final PasswordSignInPolicy PASSWORD_SIGN_IN = new PasswordSignInPolicy(true);

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

    /**
     * Runs the work on the services of an EntityManager of its own in one committed transaction, as a container would
     * around a service method; rolled back if it fails.
     */
    public static <T> T inTransaction(EntityManagerFactory factory, Clock clock, Function<Services, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(on(em, clock));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
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

    /**
     * A service CDI wires through its {@code @Inject} fields, its own and its superclasses': built with its
     * no-argument constructor, then given for each such field what the application injects there, the services among
     * them built once here as well.
     */
    private <T> T wired(Class<T> type) {
        return once(type, () -> {
            try {
                Constructor<T> constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                T service = constructor.newInstance();
                for (Class<?> declaring = type; declaring != Object.class; declaring = declaring.getSuperclass()) {
                    for (Field field : declaring.getDeclaredFields()) {
                        if (field.isAnnotationPresent(Inject.class) && field.isAnnotationPresent(ConfigProperty.class)) {
                            field.setAccessible(true);
                            field.set(service, configured(field));
                        } else if (field.isAnnotationPresent(Inject.class)) {
                            field.setAccessible(true);
                            field.set(service, field.getType() == Instance.class
                                    ? instance(field.getGenericType()) : injected(field.getType()));
                        }
                    }
                }
                return service;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot wire " + type.getName(), e);
            }
        });
    }

    /** A configured value as the application has it when nothing is configured: the property's default. */
    private static Object configured(Field field) {
        String value = field.getAnnotation(ConfigProperty.class).defaultValue();
        if (field.getType() == int.class) {
            return Integer.parseInt(value);
        }
        if (field.getType() == String.class) {
            return value;
        }
        throw new IllegalStateException("no default conversion for " + field);
    }

    /**
     * What the application finds for {@code @Any Instance<T>}: each feature's implementation of an extension interface,
     * iterated as a service iterates it (nothing else of Instance is offered).
     */
    private Object instance(Type field) {
        return instanceOf(((ParameterizedType) field).getActualTypeArguments()[0]);
    }

    private Object instanceOf(Type wanted) {
        List<?> implementations;
        if (wanted == CourseCopyStep.class) {
            implementations = List.of(wired(EvaluationTemplateCopy.class));
        } else if (wanted == ToDoSource.class) {
            implementations = List.of(wired(WorkDue.class), wired(WorkToRevise.class), wired(EvaluationsToFill.class),
                    wired(EntriesToCorrect.class));
        } else if (wanted == CalendarSource.class) {
            implementations = List.of(wired(SupervisionCalendar.class), wired(PracticeCalendar.class),
                    wired(CourseCalendar.class), wired(PracticumCalendar.class), wired(OpenDoorCalendar.class),
                    wired(SupportCalendar.class), wired(WebinarCalendar.class));
        } else if (wanted == OfferingSource.class) {
            implementations = List.of(wired(OpenDoorOfferings.class), wired(SupportOfferings.class),
                    wired(WebinarOfferings.class));
        } else if (wanted == PersonalFigure.class) {
            implementations = List.of(wired(UnreadNotifications.class));
        } else if (wanted == SurveyTarget.class) {
            implementations = List.of(wired(OpenDoorSurveys.class), wired(SupportSurveys.class),
                    wired(ConsultationSurveys.class), wired(WebinarSurveys.class));
        } else {
            throw new IllegalStateException("no implementations listed for " + wanted);
        }
        return Proxy.newProxyInstance(Instance.class.getClassLoader(), new Class<?>[] {Instance.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "iterator" -> implementations.iterator();
                    case "stream" -> implementations.stream();
                    case "forEach" -> {
                        implementations.forEach((java.util.function.Consumer<Object>) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private Object injected(Class<?> type) {
        if (type == EntityManager.class) {
            return em;
        }
        if (type == Clock.class) {
            return clock;
        }
        if (type == FileStore.class) {
            return fileStore();
        }
        if (type == PasswordHasher.class) {
            return HASHER;
        }
        if (type == PublicLinks.class) {
            return PUBLIC_LINKS;
        }
        if (type == PasswordSignInPolicy.class) {
            return PASSWORD_SIGN_IN;
        }
        if (type == Outbox.class) {
            return outbox();
        }
        return wired(type);
    }

    public EntityManager em() {
        return em;
    }

    public Clock clock() {
        return clock;
    }

    public Counties counties() {
        return wired(Counties.class);
    }

    public IdempotencyKeys idempotencyKeys() {
        return wired(IdempotencyKeys.class);
    }

    public FileStore fileStore() {
        return once(FileStore.class, () -> new FileStore(em, clock, files.toString()));
    }

    private AuditLog auditLog() {
        return wired(AuditLog.class);
    }

    public Accounts accounts() {
        return wired(Accounts.class);
    }

    /** The security stamp check of every page request, with every feature's figure it reads. */
    public AccountSecurityStamps securityStamps() {
        return wired(AccountSecurityStamps.class);
    }

    public Outbox outbox() {
        return once(Outbox.class, () -> new Outbox(em, new Composer(PUBLIC_LINKS), clock));
    }

    public Notifications notifications() {
        return wired(Notifications.class);
    }

    public NotificationDigest notificationDigest() {
        return wired(NotificationDigest.class);
    }

    public DueReminders dueReminders() {
        return wired(DueReminders.class);
    }

    public MeetingReminders meetingReminders() {
        return wired(MeetingReminders.class);
    }

    public RenewalReminders renewalReminders() {
        return wired(RenewalReminders.class);
    }

    public SurveyLinks surveyLinks() {
        return wired(SurveyLinks.class);
    }

    public SupportSurveys supportSurveys() {
        return wired(SupportSurveys.class);
    }

    public ConsultationSurveys consultationSurveys() {
        return wired(ConsultationSurveys.class);
    }

    public AccountLinks accountLinks() {
        return wired(AccountLinks.class);
    }

    public Invitations invitations() {
        return wired(Invitations.class);
    }

    public PasswordResets passwordResets() {
        return wired(PasswordResets.class);
    }

    public SsoSignIns ssoSignIns() {
        return wired(SsoSignIns.class);
    }

    public SignIns signIns() {
        return once(SignIns.class, () -> new SignIns(em, HASHER, clock, PASSWORD_SIGN_IN));
    }

    public Cohorts cohorts() {
        return wired(Cohorts.class);
    }

    public Enrollments enrollments() {
        return wired(Enrollments.class);
    }

    public TraineeProfiles profiles() {
        return wired(TraineeProfiles.class);
    }

    public EnrollmentHistory enrollmentHistory() {
        return wired(EnrollmentHistory.class);
    }

    public RosterImport roster() {
        return wired(RosterImport.class);
    }

    public Courses courses() {
        return wired(Courses.class);
    }

    public CourseCopies courseCopies() {
        return wired(CourseCopies.class);
    }

    public Submissions submissions() {
        return wired(Submissions.class);
    }

    public Grades grading() {
        return wired(Grades.class);
    }

    public GradingOrder gradingOrder() {
        return wired(GradingOrder.class);
    }

    public Gradebooks gradebooks() {
        return wired(Gradebooks.class);
    }

    public CourseReader courseReader() {
        return wired(CourseReader.class);
    }

    /** The reads of one request's page, sent in one statement. */
    public PageReads pageReads() {
        return wired(PageReads.class);
    }

    public HomeSummary homeSummary() {
        return wired(HomeSummary.class);
    }

    /** The trainee's to-do list, with every feature's source as the application finds them. */
    public ToDoList toDoList() {
        return wired(ToDoList.class);
    }

    public ProviderRegistry providers() {
        return wired(ProviderRegistry.class);
    }

    public Placements placements() {
        return wired(Placements.class);
    }

    public PracticumLog practicumLog() {
        return wired(PracticumLog.class);
    }

    public LogReview logReview() {
        return wired(LogReview.class);
    }

    public CohortSupervisors cohortSupervisors() {
        return wired(CohortSupervisors.class);
    }

    public ReflectiveSupervision supervision() {
        return wired(ReflectiveSupervision.class);
    }

    public SessionNotes notes() {
        return wired(SessionNotes.class);
    }

    public CommunitiesOfPractice communities() {
        return wired(CommunitiesOfPractice.class);
    }

    public PracticeSchedule practiceSchedule() {
        return wired(PracticeSchedule.class);
    }

    public PracticeRegister practiceRegister() {
        return wired(PracticeRegister.class);
    }

    public PracticeHistory practiceHistory() {
        return wired(PracticeHistory.class);
    }

    public SupervisionHistory supervisionHistory() {
        return wired(SupervisionHistory.class);
    }

    /** A person's calendar, with every feature's source as the application finds them. */
    @SuppressWarnings("unchecked")
    public PersonalCalendar personalCalendar() {
        return once(PersonalCalendar.class, () -> new PersonalCalendar(
                (Instance<CalendarSource>) instanceOf(CalendarSource.class), em, clock));
    }

    public OpenDoorSessions openDoor() {
        return wired(OpenDoorSessions.class);
    }

    public OpenDoorYear openDoorYear() {
        return wired(OpenDoorYear.class);
    }

    public OpenDoorHistory openDoorHistory() {
        return wired(OpenDoorHistory.class);
    }

    public Webinars webinars() {
        return wired(Webinars.class);
    }

    public CommunitiesOfSupport support() {
        return wired(CommunitiesOfSupport.class);
    }

    public SupportHistory supportHistory() {
        return wired(SupportHistory.class);
    }

    public Offerings offerings() {
        return wired(Offerings.class);
    }

    public Registrations registrations() {
        return wired(Registrations.class);
    }

    public OfferingReminders offeringReminders() {
        return wired(OfferingReminders.class);
    }

    public ConsultationAssignments consultation() {
        return wired(ConsultationAssignments.class);
    }

    public AssignmentHistory assignmentHistory() {
        return wired(AssignmentHistory.class);
    }

    public ConsultationRequests consultationRequests() {
        return wired(ConsultationRequests.class);
    }

    public FollowUps followUps() {
        return wired(FollowUps.class);
    }

    public HelplineCalls helplineCalls() {
        return wired(HelplineCalls.class);
    }

    public HelplineTopics helplineTopics() {
        return wired(HelplineTopics.class);
    }

    public ReferralDirectory referralDirectory() {
        return wired(ReferralDirectory.class);
    }

    public ReferralCounts referralCounts() {
        return wired(ReferralCounts.class);
    }

    public HelplineFigures helplineFigures() {
        return wired(HelplineFigures.class);
    }

    public CallStatistics callStatistics() {
        return wired(CallStatistics.class);
    }

    public SurveyTemplates surveyTemplates() {
        return wired(SurveyTemplates.class);
    }

    public CourseEvaluations courseEvaluations() {
        return wired(CourseEvaluations.class);
    }

    public CompetencyEvaluations competencyEvaluations() {
        return wired(CompetencyEvaluations.class);
    }

    public CourseCredits courseCredits() {
        return wired(CourseCredits.class);
    }

    public SupervisionCredits supervisionCredits() {
        return wired(SupervisionCredits.class);
    }

    public PracticeCredits practiceCredits() {
        return wired(PracticeCredits.class);
    }

    public PracticumCredits practicumCredits() {
        return wired(PracticumCredits.class);
    }

    public FinalEvaluationCredits finalEvaluationCredits() {
        return wired(FinalEvaluationCredits.class);
    }

    /**
     * Completion counted from these sources: each test says which features' credits it looks at. Each source is
     * handed over behind a proxy of its interface, as the container hands over its beans: a source is then no
     * instance of its class, and completion must not rely on it being one (it once did, and on the server read each
     * source with a statement of its own while these tests counted one).
     */
    public Completions completion(List<CreditSource> sources) {
        return new Completions(em, sources.stream().map(Services::behindAProxy).toList(), enrollments(), clock,
                notifications());
    }

    private static CreditSource behindAProxy(CreditSource source) {
        return (CreditSource) Proxy.newProxyInstance(CreditSource.class.getClassLoader(), new Class<?>[] {CreditSource.class},
                (proxy, method, arguments) -> {
                    try {
                        return method.invoke(source, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    public CompletionPersonalData completionPersonalData() {
        return wired(CompletionPersonalData.class);
    }

    public ImpactReport impact() {
        return wired(ImpactReport.class);
    }

    public ReportTables reportTables() {
        return wired(ReportTables.class);
    }

    public FigurePublications figurePublications() {
        return wired(FigurePublications.class);
    }

    public ImpactDashboards impactDashboards() {
        return wired(ImpactDashboards.class);
    }

    public Testimonials testimonials() {
        return wired(Testimonials.class);
    }

    public DemographicsReport demographics() {
        return wired(DemographicsReport.class);
    }

    /** Every feature's personal data, as the application's privacy service finds them. */
    private List<PersonalData> personalData() {
        return List.of(wired(AccountPersonalData.class), wired(CohortPersonalData.class), wired(CoursePersonalData.class),
                wired(HelplinePersonalData.class), wired(OpenDoorPersonalData.class), wired(SupportPersonalData.class),
                wired(ConsultationPersonalData.class), wired(SupervisionPersonalData.class), wired(PracticePersonalData.class),
                wired(PracticumPersonalData.class), wired(EvaluationPersonalData.class), wired(CompletionPersonalData.class),
                wired(CalendarPersonalData.class), new OutboxPersonalData(em),
                wired(NotificationPersonalData.class),
                wired(AccessTokenPersonalData.class), wired(ForumPersonalData.class), wired(WebinarPersonalData.class),
                wired(RegistrationPersonalData.class), wired(SurveyPersonalData.class));
    }

    public DataSubjects privacy() {
        return once(DataSubjects.class, () -> new DataSubjects(personalData(), accounts(), enrollments(), auditLog(),
                wired(AuditErasure.class), clock));
    }

    public PersonalExportZip exportZip() {
        return wired(PersonalExportZip.class);
    }

    public AccessTokens accessTokens() {
        return wired(AccessTokens.class);
    }

    public AccessTokenCheck accessTokenCheck() {
        return wired(AccessTokenCheck.class);
    }

    public AccessTokenPersonalData accessTokenPersonalData() {
        return wired(AccessTokenPersonalData.class);
    }

    public Forums forums() {
        return wired(Forums.class);
    }

    public Announcements announcements() {
        return wired(Announcements.class);
    }
}

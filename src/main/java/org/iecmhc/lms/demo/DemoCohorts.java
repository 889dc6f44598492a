package org.iecmhc.lms.demo;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.Cohorts;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.Enrollments;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.cohort.LanguageBackground;
import org.iecmhc.lms.cohort.ProfileAnswers;
import org.iecmhc.lms.cohort.RaceEthnicity;
import org.iecmhc.lms.cohort.TraineeProfiles;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.persistence.DatabaseReady;

/**
 * With {@code lms.demo=true} and no cohort yet, adds a closed cohort of the past fiscal year (such as "2025-2026")
 * and an active bilingual one of the current year that spans today (such as "2026-2027", see {@link DemoYears}) with
 * faculty, the demo trainees and fifteen more whose varied demographics make the aggregates look real. The past
 * cohort's outcomes are dated on its last day, so they count in its fiscal year. Runs after {@link DemoData} has
 * created the demo accounts.
 */
@ApplicationScoped
public class DemoCohorts {

    private static final Logger LOG = Logger.getLogger(DemoCohorts.class.getName());

    @Inject
    DemoSwitch demo;

    @Inject
    Notifications notifications;

    @Inject
    Cohorts cohorts;

    @Inject
    Enrollments enrollments;

    @Inject
    TraineeProfiles profiles;

    @Inject
    Accounts accounts;



    void onDatabaseReady(@Observes @Priority(110) DatabaseReady ready) {
        if (!demo.isOn() || cohorts.countAll() > 0) {
            return;
        }
        DemoYears years = DemoYears.at(demo.clock());
        Cohort past = cohorts.create(new CohortDetails(years.pastName(), years.pastStart(), years.pastEnd(),
                InstructionLanguage.EN, 25), CohortStatus.ACTIVE, requirements(), Set.of(id(DemoPerson.FACULTY.email())));
        Cohort current = cohorts.create(new CohortDetails(years.currentName(), years.currentStart(),
                        years.currentEnd(), InstructionLanguage.BILINGUAL, 30), CohortStatus.ACTIVE,
                requirements(), Set.of(id(DemoPerson.FACULTY.email()), id(DemoPerson.FACULTY_CONSULTANT.email())));

        enrol(current, DemoPerson.TRAINEE.email(), null, null, Language.ES, EnrollmentStatus.ENROLLED);
        profiles.answer(id(DemoPerson.TRAINEE.email()), new ProfileAnswers(RaceEthnicity.HISPANIC_LATINO,
                LanguageBackground.BILINGUAL_SPANISH, "06037", "Familias Primero", "Marriage and family therapist"));
        enrol(current, DemoPerson.TRAINEE_EN.email(), null, null, Language.EN, EnrollmentStatus.ENROLLED);
        profiles.answer(id(DemoPerson.TRAINEE_EN.email()), new ProfileAnswers(RaceEthnicity.AFRICAN_AMERICAN,
                LanguageBackground.ENGLISH_ONLY, "06001", "Bay Area Child Care Council", "Licensed clinical social worker"));

        for (Extra person : Extra.values()) {
            accounts.create(new AccountDetails(person.email(), person.firstName, person.lastName, person.language,
                    EnumSet.of(Role.TRAINEE)), DemoData.PASSWORD, false);
            notifications.choose(person.email(), DemoData.IN_APP_ONLY);
            profiles.answer(id(person.email()), new ProfileAnswers(person.race, person.background, person.county,
                    person.agency, null));
            Cohort cohort = person.outcome == null || person.outcome.isActive() ? current : past;
            EnrollmentStatus start = person.outcome == EnrollmentStatus.APPLIED ? EnrollmentStatus.APPLIED
                    : EnrollmentStatus.ENROLLED;
            Enrollment enrollment = enrol(cohort, person.email(), null, null, person.language, start);
            if (person.outcome == EnrollmentStatus.WITHDRAWN) {
                enrollments.withdraw(enrollment.getId(), enrollment.getAppliedOn(), "Moved out of state");
            } else if (person.outcome == EnrollmentStatus.COMPLETED || person.outcome == EnrollmentStatus.NOT_COMPLETED) {
                enrollments.end(enrollment.getId(), person.outcome, past.getEndDate());
            }
        }
        cohorts.close(past.getId());
        LOG.info(() -> "Demo cohorts loaded: " + past.getName() + " (closed) and " + current.getName() + " with "
                + (Extra.values().length + 2)
                + " trainees");
    }

    private Enrollment enrol(Cohort cohort, String email, String first, String last, Language language,
                             EnrollmentStatus status) {
        return enrollments.enrol(cohort.getId(), email, first, last, language, status);
    }

    private long id(String email) {
        return accounts.findByEmail(email).map(Account::getId).orElseThrow();
    }

    private static CompletionRequirements requirements() {
        return new CompletionRequirements(new BigDecimal("24"), 6, new BigDecimal("60"), true);
    }

    /** Fifteen more trainees; outcome null means enrolled in the current cohort. */
    private enum Extra {
        ANA("ana.garcia", "Ana", "García", Language.ES, RaceEthnicity.HISPANIC_LATINO, LanguageBackground.BILINGUAL_SPANISH, "06073", "Centro Infantil del Sur", EnrollmentStatus.COMPLETED),
        BRIAN("brian.walker", "Brian", "Walker", Language.EN, RaceEthnicity.CAUCASIAN, LanguageBackground.ENGLISH_ONLY, "06067", "Sacramento Early Learning", EnrollmentStatus.COMPLETED),
        CHAU("chau.tran", "Chau", "Tran", Language.EN, RaceEthnicity.ASIAN, LanguageBackground.MULTILINGUAL_OTHER, "06085", "Silicon Valley Family Services", EnrollmentStatus.COMPLETED),
        DENISE("denise.johnson", "Denise", "Johnson", Language.EN, RaceEthnicity.AFRICAN_AMERICAN, LanguageBackground.ENGLISH_ONLY, "06037", "LA Child Guidance", EnrollmentStatus.NOT_COMPLETED),
        ELENA("elena.ramirez", "Elena", "Ramírez", Language.ES, RaceEthnicity.HISPANIC_LATINO, LanguageBackground.BILINGUAL_SPANISH, "06019", "Fresno Familias", EnrollmentStatus.COMPLETED),
        FRANK("frank.yazzie", "Frank", "Yazzie", Language.EN, RaceEthnicity.NATIVE_AMERICAN_ALASKAN, LanguageBackground.ENGLISH_ONLY, "06023", "Humboldt Tribal Child Care", EnrollmentStatus.WITHDRAWN),
        GRACE("grace.fifita", "Grace", "Fifita", Language.EN, RaceEthnicity.PACIFIC_ISLANDER, LanguageBackground.MULTILINGUAL_OTHER, "06001", "Oakland Starting Smart", EnrollmentStatus.COMPLETED),
        HANNAH("hannah.kim", "Hannah", "Kim", Language.EN, RaceEthnicity.MIXED_HERITAGE, LanguageBackground.MULTILINGUAL_OTHER, "06059", "Orange County Head Start", null),
        IVAN("ivan.morales", "Iván", "Morales", Language.ES, RaceEthnicity.HISPANIC_LATINO, LanguageBackground.BILINGUAL_SPANISH, "06065", "Riverside Niños Sanos", null),
        JADE("jade.wilson", "Jade", "Wilson", Language.EN, RaceEthnicity.DECLINED, LanguageBackground.DECLINED, "06075", "SF Family Support", null),
        KAREN("karen.oneal", "Karen", "O'Neal", Language.EN, RaceEthnicity.CAUCASIAN, LanguageBackground.ENGLISH_ONLY, "06089", "Shasta First 5", null),
        LUIS("luis.herrera", "Luis", "Herrera", Language.ES, RaceEthnicity.HISPANIC_LATINO, LanguageBackground.BILINGUAL_SPANISH, "06029", "Kern Child Development", null),
        MAYA("maya.patel", "Maya", "Patel", Language.EN, RaceEthnicity.ASIAN, LanguageBackground.MULTILINGUAL_OTHER, "06013", "Contra Costa Early Start", EnrollmentStatus.APPLIED),
        NIA("nia.brooks", "Nia", "Brooks", Language.EN, RaceEthnicity.OTHER, LanguageBackground.ENGLISH_ONLY, "06071", "Inland Empire Child Care", EnrollmentStatus.WITHDRAWN),
        OSCAR("oscar.flores", "Óscar", "Flores", Language.ES, RaceEthnicity.HISPANIC_LATINO, LanguageBackground.BILINGUAL_SPANISH, "06053", "Monterey Primeros Pasos", null);

        private final String user;
        private final String firstName;
        private final String lastName;
        private final Language language;
        private final RaceEthnicity race;
        private final LanguageBackground background;
        private final String county;
        private final String agency;
        private final EnrollmentStatus outcome;

        Extra(String user, String firstName, String lastName, Language language, RaceEthnicity race,
              LanguageBackground background, String county, String agency, EnrollmentStatus outcome) {
            this.user = user;
            this.firstName = firstName;
            this.lastName = lastName;
            this.language = language;
            this.race = race;
            this.background = background;
            this.county = county;
            this.agency = agency;
            this.outcome = outcome;
        }

        String email() {
            return user + "@demo.iecmhc.org";
        }
    }
}

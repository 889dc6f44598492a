package org.iecmhc.lms.cohort;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/** A trainee's enrollments and self-reported profile, and the cohorts a faculty member is assigned to. */
@ApplicationScoped
public class CohortPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "cohorts";
    }

    @Override
    public JsonValue export(DataSubject person) {
        return record()
                .with("enrollments", list(enrollments(person), CohortPersonalData::enrollment))
                .with("profile", profile(person).stream().map(CohortPersonalData::profile).findFirst().orElse(null))
                .with("cohortsTaught", person.records(em, "select c.name from Cohort c join c.faculty f"
                        + " where f.id = :id order by c.name", String.class))
                .build();
    }

    @Override
    public void anonymise(DataSubject person) {
        enrollments(person).forEach(Enrollment::forgetWithdrawalReason);
        profile(person).forEach(TraineeProfile::forgetIdentifyingAnswers);
    }

    private List<Enrollment> enrollments(DataSubject person) {
        return person.records(em, "select e from Enrollment e where e.trainee.id = :id order by e.appliedOn, e.id",
                Enrollment.class);
    }

    private List<TraineeProfile> profile(DataSubject person) {
        return person.records(em, "select p from TraineeProfile p where p.account.id = :id", TraineeProfile.class);
    }

    private static JsonObject enrollment(Enrollment enrollment) {
        return record()
                .with("cohort", enrollment.getCohort().getName())
                .with("status", enrollment.getStatus().name())
                .with("appliedOn", enrollment.getAppliedOn())
                .with("enrolledOn", enrollment.getEnrolledOn())
                .with("withdrawnOn", enrollment.getWithdrawnOn())
                .with("withdrawalReason", enrollment.getWithdrawalReason())
                .with("endedOn", enrollment.getEndedOn())
                .build();
    }

    private static JsonObject profile(TraineeProfile profile) {
        return record()
                .with("raceEthnicity", profile.getRaceEthnicity())
                .with("language", profile.getLanguage())
                .with("countyFips", profile.getCounty() == null ? null : profile.getCounty().getFips())
                .with("agency", profile.getAgency())
                .with("discipline", profile.getDiscipline())
                .build();
    }
}

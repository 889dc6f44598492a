package org.iecmhc.lms.community;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/**
 * A trainee's Community of Practice memberships (the series of every cohort they were enrolled in, even if they
 * withdrew later) and their
 * attendance, and the series a faculty member facilitates. Attendance holds no free text, so anonymising keeps it
 * as it is: the meetings a withdrawn trainee attended are still counted, under the placeholder name.
 */
@ApplicationScoped
public class PracticePersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "communityOfPractice";
    }

    @Override
    public JsonValue export(DataSubject person) {
        return record()
                .with("memberships", list(person.records(em, "select s from PracticeSeries s join fetch s.cohort c"
                                + " where c in (select e.cohort from Enrollment e where e.trainee.id = :id"
                                + " and e.enrolledOn is not null) order by c.startDate, s.title", PracticeSeries.class),
                        s -> record().with("cohort", s.getCohort().getName()).with("series", s.getTitle()).build()))
                .with("attendance", list(person.records(em, "select a from MeetingAttendance a join fetch a.meeting m"
                                + " join fetch m.series where a.trainee.id = :id order by m.slot.startsAt, a.id",
                                MeetingAttendance.class),
                        a -> record().with("series", a.getMeeting().getSeries().getTitle())
                                .with("startsAtUtc", a.getMeeting().getSlot().getStartsAt())
                                .with("durationMinutes", a.getMeeting().getSlot().getMinutes())
                                .with("topic", a.getMeeting().getTopic())
                                .with("status", a.getStatus().name()).build()))
                .with("seriesFacilitated", person.records(em, "select s.title from PracticeSeries s"
                        + " where s.facilitator.id = :id order by s.title", String.class))
                .build();
    }
}

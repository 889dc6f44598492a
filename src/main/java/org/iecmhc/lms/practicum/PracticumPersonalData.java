package org.iecmhc.lms.practicum;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/** A trainee's practicum placements with their log, and how many log entries a faculty member reviewed. */
@ApplicationScoped
public class PracticumPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "practicum";
    }

    @Override
    public JsonValue export(DataSubject person) {
        Map<Long, List<LogEntry>> logs = entries(person).stream()
                .collect(Collectors.groupingBy(e -> e.getPlacement().getId()));
        return record()
                .with("placements", list(placements(person), p -> placement(p, logs.getOrDefault(p.getId(), List.of()))))
                .with("entriesReviewed",
                        person.count(em, "select count(e) from LogEntry e where e.reviewedBy.id = :id"))
                .build();
    }

    /**
     * Erases the free text of the log (the trainee's notes, the faculty's comments) and the mentor's contact; every
     * entry stays with its minutes and status, so approved practicum hours are counted as before.
     */
    @Override
    public void anonymise(DataSubject person) {
        placements(person).forEach(Placement::forgetMentorContact);
        entries(person).forEach(LogEntry::forgetText);
    }

    private List<Placement> placements(DataSubject person) {
        return person.records(em, "select p from Placement p join fetch p.enrollment e join fetch e.cohort"
                + " join fetch p.provider where e.trainee.id = :id order by p.startOn, p.id", Placement.class);
    }

    private List<LogEntry> entries(DataSubject person) {
        return person.records(em, "select e from LogEntry e where e.trainee.id = :id"
                + " order by e.loggedOn, e.startsAt, e.id", LogEntry.class);
    }

    private static JsonObject placement(Placement placement, List<LogEntry> log) {
        return record()
                .with("cohort", placement.getCohort().getName())
                .with("provider", placement.getProvider().getName())
                .with("mentorName", placement.getMentorName())
                .with("mentorContact", placement.getMentorContact())
                .with("startOn", placement.getStartOn())
                .with("endOn", placement.getEndOn())
                .with("status", placement.getStatus().name())
                .with("log", list(log, e -> record()
                        .with("loggedOn", e.getLoggedOn())
                        .with("startsAt", e.getStartsAt())
                        .with("minutes", e.getMinutes())
                        .with("activity", e.getActivity().name())
                        .with("note", e.getNote())
                        .with("status", e.getStatus().name())
                        .with("reviewComment", e.getReviewComment())
                        .with("reviewedAtUtc", e.getReviewedAt())
                        .build()))
                .build();
    }
}

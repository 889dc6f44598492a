package org.iecmhc.lms.supervision;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.iecmhc.lms.platform.time.MeetingTimeInput;

/** The session form as typed, kept as typed when refused. */
public class SessionForm implements Serializable {

    private static final int USUAL_MINUTES = 60;

    private long version;
    private Long cohortId;
    private SessionKind kind = SessionKind.GROUP;
    private Long supervisorId;
    private MeetingTimeInput when = new MeetingTimeInput(USUAL_MINUTES);
    private String topic;
    private List<Long> traineeIds = new ArrayList<>();

    /** A new session; its supervisor is chosen already when only one may be. */
    static SessionForm blank(Long onlySupervisorId) {
        SessionForm form = new SessionForm();
        form.supervisorId = onlySupervisorId;
        return form;
    }

    static SessionForm of(SupervisionSession session, List<Invitation> invitations) {
        SessionForm form = new SessionForm();
        form.version = session.getVersion();
        form.cohortId = session.getCohort().getId();
        form.kind = session.getKind();
        form.supervisorId = session.getSupervisor().getId();
        form.when = new MeetingTimeInput(session.getSlot().meetingTime());
        form.topic = session.getTopic();
        form.traineeIds = new ArrayList<>(invitations.stream().map(i -> i.getTrainee().getId()).toList());
        return form;
    }

    SessionDetails details() {
        return new SessionDetails(cohortId, kind, supervisorId, when.value(), topic, new HashSet<>(traineeIds));
    }

    long version() {
        return version;
    }

    void saved(SupervisionSession session) {
        version = session.getVersion();
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }

    public MeetingTimeInput getWhen() {
        return when;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public List<Long> getTraineeIds() {
        return traineeIds;
    }

    public void setTraineeIds(List<Long> traineeIds) {
        this.traineeIds = traineeIds;
    }
}

package org.iecmhc.lms.opendoor;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.survey.RecordSurveys;

/** "Was the session worthwhile?", answered by each provider who came through their own link. */
@ApplicationScoped
public class OpenDoorSurveys extends RecordSurveys<OpenDoorAttendance> {

    static final String KIND = "opendoor";

    public OpenDoorSurveys() {
        super(KIND, OpenDoorAttendance.class, OpenDoorLimits.COMMENTS);
    }
}

package org.iecmhc.lms.opendoor;

import java.io.Serializable;

import org.iecmhc.lms.survey.SurveyAnswerForm;

/** One attendee's line in the ratings table, editable on the page before it is saved. */
public class RatingRow implements Serializable {

    private final long attendanceId;
    private final String providerName;
    private final String countyName;
    private final SurveyAnswerForm survey;

    RatingRow(OpenDoorAttendance attendance) {
        attendanceId = attendance.getId();
        providerName = attendance.getProvider().getName();
        countyName = attendance.getProvider().getCounty().getName();
        survey = SurveyAnswerForm.of(attendance.getSurvey());
    }

    public long getAttendanceId() {
        return attendanceId;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getCountyName() {
        return countyName;
    }

    public SurveyAnswerForm getSurvey() {
        return survey;
    }
}

package org.iecmhc.lms.support;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.survey.SurveyAnswer;

/**
 * One line of a Community of Support history file as it will be stored: the series it belongs to and, when a
 * provider is named, their enrollment with the sessions they attended and their final survey answer (empty when they
 * gave none).
 */
public record SupportHistoryLine(int line, Series series, Long providerId, String provider, List<LocalDate> attended,
                                 SurveyAnswer answer) implements Serializable {

    /** A series as the file describes it; its session dates in order, the first being the day it started. */
    public record Series(String title, ServiceLanguage language, String facilitatorEmail, List<LocalDate> sessionDates,
                         LocalTime start, int minutes) implements Serializable {

        public LocalDate startsOn() {
            return sessionDates.get(0);
        }

        Key key() {
            return new Key(title, language, facilitatorEmail, startsOn());
        }
    }

    /** The lines naming the same title, language, facilitator and first session are one series. */
    record Key(String title, ServiceLanguage language, String facilitatorEmail, LocalDate startsOn) {
    }
}

package org.iecmhc.lms.opendoor;

import java.io.Serializable;
import java.time.LocalDate;

import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.survey.SurveyAnswer;

/**
 * One line of an Open-Door history file as it will be stored: the session it belongs to and, when a provider is
 * named, their attendance with their answer (empty when they gave none).
 */
public record OpenDoorHistoryLine(int line, Session session, Long providerId, String provider, SurveyAnswer answer)
        implements Serializable {

    /** The lines naming the same date, title, language and facilitator are one session. */
    public record Session(LocalDate heldOn, String title, ServiceLanguage language, String facilitatorEmail)
            implements Serializable {
    }
}

package org.iecmhc.lms.consultation;

import java.io.Serializable;
import java.time.LocalDate;

import org.iecmhc.lms.survey.SurveyAnswer;

/**
 * One line of a consultation history file as it will be stored: one assignment with its counts and, when it closed,
 * the provider's answer (empty when they gave none).
 */
public record AssignmentHistoryLine(int line, Key key, String provider, ConsultationLevel level, Modality modality,
                                    LocalDate endOn, AssignmentStatus status, int childrenBenefiting,
                                    int staffInfluenced, SurveyAnswer answer) implements Serializable {

    /** A consultant starts with a provider once on a day: a second line, or a stored assignment, is the same one. */
    public record Key(String consultantEmail, long providerId, LocalDate startOn) implements Serializable {
    }
}

package org.iecmhc.lms.consultation;

import java.time.LocalDate;

/** What an assignment form holds, checked by {@link ConsultationAssignments} before it is saved. */
public record AssignmentDetails(Long consultantId, Long providerId, ConsultationLevel level, Modality modality,
                                LocalDate startOn, LocalDate endOn, AssignmentStatus status, Integer childrenBenefiting,
                                Integer staffInfluenced, String actionPlan) {
}

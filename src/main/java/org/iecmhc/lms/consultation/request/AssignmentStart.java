package org.iecmhc.lms.consultation.request;

import java.time.LocalDate;

import org.iecmhc.lms.consultation.AssignmentDetails;
import org.iecmhc.lms.consultation.AssignmentStatus;
import org.iecmhc.lms.consultation.AssignmentTerms;

/**
 * What an administrator types to turn a request into an assignment: the rest of the assignment (counts, action plan)
 * is the consultant's to fill in as the consultation goes.
 */
public class AssignmentStart extends AssignmentTerms {

    private LocalDate startOn;

    static AssignmentStart of(ConsultationRequest request, LocalDate today) {
        AssignmentStart start = new AssignmentStart();
        start.setProvider(request.getProvider());
        start.startOn = today;
        return start;
    }

    AssignmentDetails details() {
        return new AssignmentDetails(getConsultantId(), providerId(), getLevel(), getModality(), startOn, null,
                AssignmentStatus.OPEN, 0, 0, null);
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public void setStartOn(LocalDate startOn) {
        this.startOn = startOn;
    }
}

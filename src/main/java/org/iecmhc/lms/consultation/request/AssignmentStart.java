package org.iecmhc.lms.consultation.request;

import java.io.Serializable;
import java.time.LocalDate;

import org.iecmhc.lms.consultation.AssignmentDetails;
import org.iecmhc.lms.consultation.AssignmentStatus;
import org.iecmhc.lms.consultation.ConsultationLevel;
import org.iecmhc.lms.consultation.Modality;
import org.iecmhc.lms.provider.Provider;

/**
 * What an administrator types to turn a request into an assignment: the rest of the assignment (counts, action plan)
 * is the consultant's to fill in as the consultation goes.
 */
public class AssignmentStart implements Serializable {

    private Long consultantId;
    private Provider provider;
    private ConsultationLevel level;
    private Modality modality;
    private LocalDate startOn;

    static AssignmentStart of(ConsultationRequest request, LocalDate today) {
        AssignmentStart start = new AssignmentStart();
        start.provider = request.getProvider();
        start.startOn = today;
        return start;
    }

    AssignmentDetails details() {
        return new AssignmentDetails(consultantId, provider == null ? null : provider.getId(), level, modality, startOn,
                null, AssignmentStatus.OPEN, 0, 0, null);
    }

    public Long getConsultantId() {
        return consultantId;
    }

    public void setConsultantId(Long consultantId) {
        this.consultantId = consultantId;
    }

    public Provider getProvider() {
        return provider;
    }

    public void setProvider(Provider provider) {
        this.provider = provider;
    }

    public ConsultationLevel getLevel() {
        return level;
    }

    public void setLevel(ConsultationLevel level) {
        this.level = level;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality modality) {
        this.modality = modality;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public void setStartOn(LocalDate startOn) {
        this.startOn = startOn;
    }
}

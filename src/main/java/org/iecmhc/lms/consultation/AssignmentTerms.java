package org.iecmhc.lms.consultation;

import java.io.Serializable;

import org.iecmhc.lms.provider.Provider;

/**
 * Who consults whom, at which level and how, as typed: what every form that makes or changes an assignment asks
 * first, whether it holds the whole assignment or only its start.
 */
public abstract class AssignmentTerms implements Serializable {

    private Long consultantId;
    private Provider provider;
    private ConsultationLevel level;
    private Modality modality;

    protected void fill(ConsultationAssignment assignment) {
        consultantId = assignment.getConsultant().getId();
        provider = assignment.getProvider();
        level = assignment.getLevel();
        modality = assignment.getModality();
    }

    protected Long providerId() {
        return provider == null ? null : provider.getId();
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
}

package org.iecmhc.lms.consultation.request;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.iecmhc.lms.consultation.ConsultationAssignment;
import org.iecmhc.lms.helpline.HelplineCall;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.provider.Provider;

/**
 * A call's recommendation of consultation, waiting for an administrator to assign a consultant. The provider is one
 * of the registry when the caller's program is known there, otherwise only its name as the caller gave it.
 */
@Entity
@Table(name = "consultation_request")
public class ConsultationRequest extends AuditedRecord {

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    private HelplineCall call;

    @ManyToOne(fetch = FetchType.LAZY)
    private Provider provider;

    private String providerName;

    @ManyToOne(optional = false)
    private County county;

    private String needs;

    private LocalDate requestedOn;

    /** Read for a whole page of the list in one statement, not one per request. */
    @OneToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    private ConsultationAssignment assignment;

    protected ConsultationRequest() {
    }

    ConsultationRequest(HelplineCall call, Provider provider, String providerName, County county, String needs,
                        LocalDate requestedOn) {
        this.call = call;
        this.provider = provider;
        this.providerName = providerName;
        this.county = county;
        this.needs = needs;
        this.requestedOn = requestedOn;
    }

    void assignedTo(ConsultationAssignment assignment) {
        this.assignment = assignment;
    }

    /** The registry's name of the provider, or the name the caller gave. */
    public String providerShown() {
        return provider == null ? providerName : provider.getName();
    }

    public boolean isAssigned() {
        return assignment != null;
    }

    @Override
    public String auditLabel() {
        return "consultation request for " + providerShown();
    }

    public HelplineCall getCall() {
        return call;
    }

    public Provider getProvider() {
        return provider;
    }

    public String getProviderName() {
        return providerName;
    }

    public County getCounty() {
        return county;
    }

    public String getNeeds() {
        return needs;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public ConsultationAssignment getAssignment() {
        return assignment;
    }
}

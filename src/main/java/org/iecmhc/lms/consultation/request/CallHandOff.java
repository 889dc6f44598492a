package org.iecmhc.lms.consultation.request;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The hand-off block of the call page: the call's consultation request, if it has one, read once per request. */
@Named
@RequestScoped
public class CallHandOff {

    @Inject
    ConsultationRequests requests;

    private ConsultationRequest read;
    private boolean looked;

    public ConsultationRequest of(Long callId) {
        if (!looked) {
            looked = true;
            read = callId == null ? null : requests.ofCall(callId).orElse(null);
        }
        return read;
    }
}

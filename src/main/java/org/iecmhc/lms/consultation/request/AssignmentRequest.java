package org.iecmhc.lms.consultation.request;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The block of the assignment page that links back to the request it was made from; the assignment page asks here so
 * that consultation itself need not know of requests.
 */
@Named
@RequestScoped
public class AssignmentRequest {

    @Inject
    ConsultationRequests requests;

    private ConsultationRequest read;
    private boolean looked;

    public ConsultationRequest of(Long assignmentId) {
        if (!looked) {
            looked = true;
            read = assignmentId == null ? null : requests.ofAssignment(assignmentId).orElse(null);
        }
        return read;
    }
}

package org.iecmhc.lms.helpline.followup;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The follow-ups block of the call page: the call's follow-ups, read once per request however often the page asks. */
@Named
@RequestScoped
public class CallFollowUps {

    @Inject
    FollowUps followUps;

    private List<FollowUp> read;

    public List<FollowUp> of(Long callId) {
        if (read == null) {
            read = callId == null ? List.of() : followUps.ofCall(callId);
        }
        return read;
    }
}

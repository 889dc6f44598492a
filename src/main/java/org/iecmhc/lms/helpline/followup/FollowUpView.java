package org.iecmhc.lms.helpline.followup;

import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.helpline.HelplineCall;
import org.iecmhc.lms.helpline.HelplineCalls;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.RecordView;

/**
 * One follow-up: opened from a call (its {@code call} parameter) for a staff member and a due day, or shown with its
 * call and closed with the outcome.
 */
@Named
@ViewScoped
public class FollowUpView extends RecordView {

    /** A follow-up is usually a call back within two working days. */
    private static final int DEFAULT_DAYS = 2;

    @Inject
    FollowUps followUps;

    @Inject
    HelplineCalls calls;

    @Inject
    CurrentViewer viewer;

    private Long callId;
    private HelplineCall call;
    private FollowUp followUp;
    private FollowUpForm form = new FollowUpForm();
    private String outcome;

    @Override
    protected boolean open(long id) {
        return fill(followUps.find(viewer.get(), id), this::show);
    }

    @Override
    protected boolean prepareNew() {
        Optional<HelplineCall> chosen = callId == null ? Optional.empty() : calls.find(callId);
        chosen.ifPresent(found -> {
            call = found;
            Long me = followUps.staff().stream().filter(a -> a.getEmail().equals(viewer.get().email()))
                    .map(Account::getId).findFirst().orElse(null);
            form = FollowUpForm.startingWith(me, followUps.today().plusDays(DEFAULT_DAYS));
        });
        return chosen.isPresent();
    }

    public String save() {
        return save("followUp", "followUp.opened", "/helpline/follow-up.xhtml",
                () -> followUps.open(viewer.get(), callId, form.details()), () -> { });
    }

    public void close() {
        FormAction.done(() -> show(followUps.close(viewer.get(), getId(), followUp.getVersion(), outcome)),
                FormAction.toFields("closing"), "followUp.closed");
    }

    private void show(FollowUp shown) {
        followUp = shown;
        call = shown.getCall();
        outcome = shown.getOutcome();
    }

    public boolean isOverdue() {
        return followUp != null && followUp.overdueOn(followUps.today());
    }

    public List<Account> getStaff() {
        return followUps.staff();
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public HelplineCall getCall() {
        return call;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public FollowUpForm getForm() {
        return form;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}

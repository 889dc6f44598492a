package org.iecmhc.lms.helpline;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.platform.web.RecordView;

/** The fast call-entry form: everything reachable by keyboard, received-at defaulting to now in Pacific time. */
@Named
@ViewScoped
public class CallEntryView extends RecordView {

    @Inject
    HelplineCalls calls;

    @Inject
    Clock clock;

    @Inject
    ReferralDirectory directory;

    private CallEntryForm form = new CallEntryForm();
    private List<ReferralResource> referralChoices;
    private String referralChoicesCounty;

    @Override
    protected boolean open(long id) {
        return fill(calls.find(id), call -> form = CallEntryForm.of(call));
    }

    @Override
    protected boolean prepareNew() {
        form = CallEntryForm.receivedAt(nowPacific());
        return true;
    }

    /** Saves, then clears the form for the next call (a correction goes back to the list instead). */
    public String save() {
        HelplineCall saved;
        try {
            saved = isNew() ? calls.record(form.details()) : calls.correct(getId(), form.version(), form.details());
        } catch (InputRejected rejected) {
            Messages.reject("call", rejected);
            return null;
        }
        if (!isNew()) {
            Messages.infoAcrossRedirect("helpline.call.saved");
            return "/helpline/calls.xhtml?faces-redirect=true";
        }
        Messages.infoAcrossRedirect(saved.isOutsideHours() ? "helpline.call.recordedOutsideHours" : "helpline.call.recorded");
        return "/helpline/call.xhtml?faces-redirect=true";
    }

    public boolean isOutsideHours() {
        return form.getReceivedAt() != null && HelplineHours.isOutside(PacificTime.toUtc(form.getReceivedAt()));
    }

    public List<TopicName> getTopics() {
        return calls.activeTopics();
    }

    /**
     * The directory's resources serving the call's county, read again only when the county changes: the menu asks for
     * its items several times while validating and rendering.
     */
    public List<ReferralResource> getReferralChoices() {
        String county = form.getReach().getCountyFips();
        if (referralChoices == null || !Objects.equals(county, referralChoicesCounty)) {
            referralChoices = directory.choicesFor(county, Arrays.asList(form.getReferredIds()));
            referralChoicesCounty = county;
        }
        return referralChoices;
    }

    public CallerRole[] getCallerRoles() {
        return CallerRole.values();
    }

    public LocalDateTime getMaxReceivedAt() {
        return nowPacific();
    }

    private LocalDateTime nowPacific() {
        return PacificTime.fromUtc(LocalDateTime.now(clock)).truncatedTo(ChronoUnit.MINUTES);
    }

    public CallEntryForm getForm() {
        return form;
    }
}

package org.iecmhc.lms.completion;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;

/** An alumnus's way toward renewing their certificate on "my progress", with the form to record an activity. */
@Named
@ViewScoped
public class RenewalView implements Serializable {

    @Inject
    Renewals renewals;

    @Inject
    CurrentViewer viewer;

    private RenewalInput input = new RenewalInput();
    // read again after the session moved to another cluster member, rather than serialized with it
    private transient List<RenewalProgress> certificates;

    public List<RenewalProgress> getCertificates() {
        if (certificates == null) {
            certificates = renewals.ofAlumnus(viewer.get().email());
        }
        return certificates;
    }

    /** Records the activity toward the certificate of this enrollment, or says at the field what is wrong. */
    public void record(long enrollmentId) {
        if (FormAction.done(() -> renewals.record(viewer.get().email(), enrollmentId, input),
                FormAction.toMessage(null), "certificate.renewal.recorded")) {
            input = new RenewalInput();
            certificates = null;
        }
    }

    public String hint(RenewalProgress progress) {
        return Messages.text(progress.isExpired() ? "certificate.renewal.expiredHint" : "certificate.renewal.hint",
                PageDates.longDate(progress.getValidUntil()));
    }

    public String training(RenewalProgress progress) {
        return Messages.text("certificate.renewal.training", Figure.plain(progress.trainingDone()),
                Figure.plain(progress.trainingRequired()));
    }

    public String supervision(RenewalProgress progress) {
        return Messages.text("certificate.renewal.supervision", Figure.plain(progress.supervisionDone()),
                Figure.plain(progress.supervisionRequired()));
    }

    public RenewalKind[] getKinds() {
        return RenewalKind.values();
    }

    public RenewalInput getInput() {
        return input;
    }
}

package org.iecmhc.lms.completion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;

/**
 * The public check of a certificate code: genuine (with name, cohort, completion date and validity only) and valid or
 * expired; superseded by a reissue (with its day only); or unknown.
 */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    Completions completion;

    private String code;
    private Verification verification = Verification.unknown();

    public void load() {
        verification = completion.check(code);
        if (verification.status() == VerificationStatus.UNKNOWN) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public CertificateDocument getCertificate() {
        return verification.certificate();
    }

    public Verification getVerification() {
        return verification;
    }

    public String getStatus() {
        return verification.status().name();
    }

    /** Such as "... expired on March 1, 2027.", the date as the page's language writes it. */
    public String getExpiredText() {
        return Messages.text("certificate.verify.expired", PageDates.longDate(verification.certificate().validUntil()));
    }

    public String getSupersededText() {
        return Messages.text("certificate.verify.superseded", PageDates.longDate(verification.supersededOn()));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

package org.iecmhc.lms.completion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public check of a certificate code: genuine (with name, cohort and completion date only) or unknown. */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    Completions completion;

    private String code;
    private CertificateDocument certificate;

    public void load() {
        certificate = completion.verify(code).orElse(null);
        if (certificate == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public CertificateDocument getCertificate() {
        return certificate;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

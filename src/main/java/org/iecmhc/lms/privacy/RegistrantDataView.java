package org.iecmhc.lms.privacy;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The privacy page's form for someone without an account: export or erase what is held under an e-mail address. */
@Named
@ViewScoped
public class RegistrantDataView implements Serializable {

    private static final String EMAIL_FIELD = "registrant:email";

    @Inject
    DataSubjects privacy;

    private String email;

    /** No download but a message at the address when it is malformed: PrimeFaces sends nothing for no content. */
    public StreamedContent getExport() {
        byte[] bytes;
        try {
            bytes = privacy.exportRegistrant(email).toString().getBytes(StandardCharsets.UTF_8);
        } catch (PrivacyRejected rejected) {
            Messages.error(EMAIL_FIELD, rejected.messageKey());
            return null;
        }
        return DefaultStreamedContent.builder()
                .name("registrant-export.json")
                .contentType("application/json")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public void erase() {
        try {
            privacy.eraseRegistrant(email);
        } catch (PrivacyRejected rejected) {
            Messages.error(EMAIL_FIELD, rejected.messageKey());
            return;
        }
        Messages.info("registrantData.erased");
        email = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

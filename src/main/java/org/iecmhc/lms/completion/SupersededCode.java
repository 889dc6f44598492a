package org.iecmhc.lms.completion;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.persistence.GeneratedId;

/**
 * A code a certificate carried before it was reissued. It is kept so the verify page can say the printed paper was
 * superseded; it says nothing else about the certificate. Never edited, so not an audited record: the reissue that
 * creates it is audited on the certificate.
 */
@Entity
@Table(name = "certificate_superseded_code")
public class SupersededCode extends GeneratedId {

    @ManyToOne(optional = false)
    private Certificate certificate;

    private String code;

    private LocalDateTime supersededAt;

    protected SupersededCode() {
    }

    SupersededCode(Certificate certificate, String code, LocalDateTime supersededAt) {
        this.certificate = certificate;
        this.code = code;
        this.supersededAt = supersededAt;
    }

    public String getCode() {
        return code;
    }

    public LocalDateTime getSupersededAt() {
        return supersededAt;
    }
}

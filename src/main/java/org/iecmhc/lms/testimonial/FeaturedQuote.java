package org.iecmhc.lms.testimonial;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.consultation.ConsultationAssignment;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.opendoor.OpenDoorAttendance;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.support.SupportEnrollment;

/**
 * A quote an administrator chose to show on the impact page: exactly one of the three answers it names is set (the
 * database checks it, and deletes the feature with its answer's record). The quote's words stay in the answer.
 */
@Entity
@Table(name = "featured_quote")
public class FeaturedQuote extends AuditedRecord {

    @ManyToOne
    private OpenDoorAttendance openDoorAttendance;

    @ManyToOne
    private SupportEnrollment supportEnrollment;

    @ManyToOne
    private ConsultationAssignment consultationAssignment;

    @ManyToOne(optional = false)
    private Account featuredBy;

    private LocalDateTime featuredAt;

    protected FeaturedQuote() {
    }

    FeaturedQuote(OpenDoorAttendance answer, Account featuredBy, LocalDateTime featuredAt) {
        this(featuredBy, featuredAt);
        openDoorAttendance = answer;
    }

    FeaturedQuote(SupportEnrollment answer, Account featuredBy, LocalDateTime featuredAt) {
        this(featuredBy, featuredAt);
        supportEnrollment = answer;
    }

    FeaturedQuote(ConsultationAssignment answer, Account featuredBy, LocalDateTime featuredAt) {
        this(featuredBy, featuredAt);
        consultationAssignment = answer;
    }

    private FeaturedQuote(Account featuredBy, LocalDateTime featuredAt) {
        this.featuredBy = featuredBy;
        this.featuredAt = featuredAt;
    }

    @Override
    public String auditLabel() {
        if (openDoorAttendance != null) {
            return "featured quote of Open-Door attendance " + openDoorAttendance.getId();
        }
        if (supportEnrollment != null) {
            return "featured quote of support enrollment " + supportEnrollment.getId();
        }
        return "featured quote of consultation assignment " + consultationAssignment.getId();
    }
}

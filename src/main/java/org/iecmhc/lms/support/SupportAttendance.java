package org.iecmhc.lms.support;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** An enrolled provider present at one session of their series. */
@Entity
@Table(name = "support_attendance")
public class SupportAttendance extends AuditedRecord {

    @ManyToOne(optional = false)
    private SupportSession session;

    @ManyToOne(optional = false)
    private SupportEnrollment enrollment;

    protected SupportAttendance() {
    }

    SupportAttendance(SupportSession session, SupportEnrollment enrollment) {
        this.session = session;
        this.enrollment = enrollment;
    }

    @Override
    public String auditLabel() {
        return enrollment.getProvider().getName() + " at support session " + session.getId();
    }

    public SupportSession getSession() {
        return session;
    }

    public SupportEnrollment getEnrollment() {
        return enrollment;
    }
}

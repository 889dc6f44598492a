package org.iecmhc.lms.helpline;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.audit.AuditLog;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/**
 * The helpline calls a staff member entered. A call does not name who took it, so the audit trail's creation
 * entries say which calls are theirs; callers themselves are never identified.
 */
@ApplicationScoped
public class HelplinePersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Override
    public String section() {
        return "helplineCallsEntered";
    }

    @Override
    public JsonValue export(DataSubject person) {
        List<Long> ids = auditLog.createdBy(person.email(), HelplineCall.class.getSimpleName());
        List<HelplineCall> calls = ids.isEmpty() ? List.of()
                : em.createQuery("select c from HelplineCall c where c.id in :ids order by c.receivedAt", HelplineCall.class)
                        .setParameter("ids", ids).getResultList();
        return list(calls, c -> record().with("id", c.getId()).with("receivedAtUtc", c.getReceivedAt())
                .with("durationMinutes", c.getDurationMinutes()).with("callerRole", c.getCallerRole())
                .with("countyFips", c.getCounty().getFips()).with("language", c.getLanguage())
                .with("consultationRecommended", c.isConsultationRecommended())
                .with("referrals", c.getReferrals()).build());
    }
}

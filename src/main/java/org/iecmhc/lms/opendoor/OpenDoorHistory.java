package org.iecmhc.lms.opendoor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ServiceHistoryImport;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * Brings in past Open-Door sessions with their attendance and the answers participants gave, all lines or none.
 * History is not a new attendance: no survey link is mailed, and the answers are recorded as imported, the
 * participants' own answers of the time, which the impact figures count.
 */
@ApplicationScoped
@Named
public class OpenDoorHistory extends ServiceHistoryImport<OpenDoorHistoryLine, OpenDoorHistoryReader.Known> {

    public OpenDoorHistory() {
        super(OpenDoorHistoryReader.COLUMNS, OpenDoorHistoryReader::read);
    }

    /** Stores every session and attendance of the file. */
    @Override
    protected void store(List<OpenDoorHistoryLine> lines, Map<String, Account> consultants) {
        Map<OpenDoorHistoryLine.Session, OpenDoorSession> sessions = new HashMap<>();
        for (OpenDoorHistoryLine line : lines) {
            OpenDoorSession session = sessions.computeIfAbsent(line.session(), s -> {
                OpenDoorSession stored = new OpenDoorSession(s.heldOn(), s.title(), s.language(),
                        consultants.get(s.facilitatorEmail()));
                em.persist(stored);
                return stored;
            });
            if (line.providerId() != null) {
                OpenDoorAttendance attendance = new OpenDoorAttendance(session,
                        em.getReference(Provider.class, line.providerId()));
                attendance.rateImported(line.answer());
                em.persist(attendance);
            }
        }
    }

    @Override
    protected OpenDoorHistoryReader.Known known() {
        List<Object[]> stored = em.createQuery("select s.heldOn, s.title, s.language, s.facilitator.email"
                + " from OpenDoorSession s", Object[].class).getResultList();
        return new OpenDoorHistoryReader.Known(facts.consultantEmails(), facts.providers(),
                stored.stream()
                .map(s -> new OpenDoorHistoryLine.Session((LocalDate) s[0], (String) s[1],
                        (ServiceLanguage) s[2], (String) s[3]))
                .collect(Collectors.toCollection(HashSet::new)), facts.clock());
    }
}

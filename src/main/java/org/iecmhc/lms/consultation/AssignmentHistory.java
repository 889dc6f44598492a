package org.iecmhc.lms.consultation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ServiceHistoryImport;

/**
 * Brings in past consultation assignments with their counts and the providers' answers, all lines or none. History
 * is not a closing: no survey link is mailed, and the answers are the providers' own from the forms of the time.
 */
@ApplicationScoped
@Named
public class AssignmentHistory extends ServiceHistoryImport<AssignmentHistoryLine, AssignmentHistoryReader.Known> {

    @Inject
    Counties counties;

    public AssignmentHistory() {
        super(AssignmentHistoryReader.COLUMNS, AssignmentHistoryReader::read);
    }

    /** Stores every assignment of the file. */
    @Override
    protected void store(List<AssignmentHistoryLine> lines, Map<String, Account> consultants) {
        for (AssignmentHistoryLine line : lines) {
            AssignmentHistoryLine.Key key = line.key();
            ConsultationAssignment assignment = new ConsultationAssignment(consultants.get(key.consultantEmail()),
                    em.getReference(Provider.class, key.providerId()), new AssignmentDetails(null, key.providerId(),
                    line.level(), line.modality(), key.startOn(), line.endOn(), line.status(),
                    line.childrenBenefiting(), line.staffInfluenced(), null));
            if (line.status() == AssignmentStatus.CLOSED) {
                assignment.closeImported(line.endOn(), line.answer());
            }
            em.persist(assignment);
        }
    }

    @Override
    protected AssignmentHistoryReader.Known known() {
        List<Object[]> stored = em.createQuery("select c.consultant.email, c.provider.id, c.startOn"
                + " from ConsultationAssignment c", Object[].class).getResultList();
        return new AssignmentHistoryReader.Known(facts.consultantEmails(), facts.providers(),
                counties.lookup(),
                stored.stream().map(s -> new AssignmentHistoryLine.Key((String) s[0], (Long) s[1], (LocalDate) s[2]))
                        .collect(Collectors.toCollection(HashSet::new)), facts.clock());
    }
}

package org.iecmhc.lms.completion;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.security.Viewer;

/** The people who sign every certificate, up to three, set by an administrator. */
@ApplicationScoped
public class Signatories {

    static final int MOST = 3;

    @Inject
    EntityManager em;

    /** Those printed on certificates, in the order of their lines. */
    public List<SignatoryLine> printed() {
        return stored().stream().map(s -> new SignatoryLine(s.getName(), s.getTitle())).toList();
    }

    /** Three lines for the administrator's form: the signatories, then empty lines. */
    public List<SignatoryLine> form() {
        List<SignatoryLine> lines = new ArrayList<>(printed());
        while (lines.size() < MOST) {
            lines.add(new SignatoryLine());
        }
        return lines;
    }

    /**
     * The administrator's lines replace the signatories: empty lines are left out, the others keep their order.
     * Refused, with nothing changed, when a line has a name without a title (or the reverse) or either is too long.
     */
    @Transactional
    public void save(Viewer viewer, List<SignatoryLine> lines) {
        if (!viewer.administrator()) {
            throw new CompletionRejected("signatories", "completion.notYourCohort");
        }
        List<SignatoryLine> kept = lines.stream().filter(l -> !l.isEmpty()).limit(MOST).toList();
        for (int i = 0; i < kept.size(); i++) {
            SignatoryLine line = kept.get(i);
            if (blank(line.getName()) || blank(line.getTitle())) {
                throw new CompletionRejected("signatories", "certificate.signatory.incomplete");
            }
            if (line.getName().strip().length() > CompletionLimits.SIGNATORY_NAME
                    || line.getTitle().strip().length() > CompletionLimits.SIGNATORY_TITLE) {
                throw new CompletionRejected("signatories", "certificate.signatory.tooLong");
            }
        }
        List<Signatory> stored = stored();
        for (int i = 0; i < Math.max(kept.size(), stored.size()); i++) {
            if (i >= kept.size()) {
                em.remove(stored.get(i));
            } else if (i < stored.size()) {
                stored.get(i).change(kept.get(i).getName().strip(), kept.get(i).getTitle().strip());
            } else {
                em.persist(new Signatory(i + 1, kept.get(i).getName().strip(), kept.get(i).getTitle().strip()));
            }
        }
    }

    private List<Signatory> stored() {
        return em.createQuery("select s from Signatory s order by s.line", Signatory.class).getResultList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

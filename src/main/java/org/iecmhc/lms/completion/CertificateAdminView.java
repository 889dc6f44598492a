package org.iecmhc.lms.completion;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;

/** The administrator's certificate page: the signatories, a cohort's validity and renewal terms, and reissuing. */
@Named
@ViewScoped
public class CertificateAdminView implements Serializable {

    @Inject
    Signatories signatories;

    @Inject
    Renewals renewals;

    @Inject
    Completions completion;

    @Inject
    CurrentViewer viewer;

    private Long cohortId;
    private String cohortName;
    private List<SignatoryLine> lines;
    private RenewalTermsInput terms;
    // computed again after the session moved to another cluster member, rather than serialized with it
    private transient List<BoardCohort> cohorts;
    private transient List<CertificateRow> certificates;
    private transient Map<Long, RenewalProgress> renewal;

    public void load() {
        if (lines != null) {
            return;
        }
        lines = signatories.form();
        if (cohortId == null && !getCohorts().isEmpty()) {
            cohortId = getCohorts().get(0).id();
        }
        if (cohortId != null) {
            terms = renewals.form(cohortId);
        }
    }

    public void saveSignatories() {
        if (FormAction.done(() -> signatories.save(viewer.get(), lines), FormAction.toMessage(null),
                "certificate.admin.signatoriesSaved")) {
            lines = signatories.form();
        }
    }

    public void saveTerms() {
        if (FormAction.done(() -> renewals.setTerms(viewer.get(), cohortId, terms), FormAction.toMessage(null),
                "certificate.admin.termsSaved")) {
            terms = renewals.form(cohortId);
            renewal = null;
        }
    }

    public void reissue(long enrollmentId) {
        try {
            Certificate reissued = completion.reissue(viewer.get(), enrollmentId);
            Messages.info("certificate.admin.reissued", reissued.getCode());
        } catch (CompletionRejected rejected) {
            Messages.error(null, rejected.messageKey());
        }
        certificates = null;
    }

    public List<BoardCohort> getCohorts() {
        if (cohorts == null) {
            cohorts = completion.cohortsFollowedBy(viewer.get());
        }
        return cohorts;
    }

    public String getCohortName() {
        if (cohortName == null && cohortId != null) {
            cohortName = getCohorts().stream().filter(c -> cohortId.equals(c.id())).map(BoardCohort::name)
                    .findFirst().orElse("");
        }
        return cohortName;
    }

    public List<CertificateRow> getCertificates() {
        if (certificates == null) {
            certificates = cohortId == null ? List.of() : completion.certificatesOf(viewer.get(), cohortId);
        }
        return certificates;
    }

    /** Such as "4 / 12 · 2 / 6", or empty when the certificate does not expire. */
    public String renewalOf(long enrollmentId) {
        if (renewal == null) {
            renewal = cohortId == null ? Map.of() : renewals.ofCohort(viewer.get(), cohortId).stream()
                    .collect(Collectors.toMap(RenewalProgress::enrollmentId, Function.identity()));
        }
        RenewalProgress progress = renewal.get(enrollmentId);
        return progress == null ? "" : progress.getTraining() + " · " + progress.getSupervision();
    }

    /** Such as "Name, signatory 2" for the line at index 1. */
    public String signatoryLabel(String key, int index) {
        return Messages.text(key, String.valueOf(index + 1));
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public List<SignatoryLine> getLines() {
        return lines;
    }

    public RenewalTermsInput getTerms() {
        return terms;
    }
}

package org.iecmhc.lms.provider;

import java.util.List;

import jakarta.inject.Inject;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.security.OwnRecords;
import org.iecmhc.lms.platform.security.OwnRecordsService;
import org.iecmhc.lms.platform.security.Viewer;

/**
 * The service that keeps one kind of {@link FacilitatedService} (Open-Door sessions, support series) for the providers
 * of the registry: listed newest first in one language or all, each led by the consultant who starts it or by the one
 * an administrator names.
 *
 * @param <S> the service as stored
 */
public abstract class FacilitatedServices<S extends FacilitatedService> extends OwnRecordsService<S> {

    @Inject
    protected ProviderRegistry providers;

    private final OwnRecords<S> own;
    private final String newestFirst;
    private final String facilitatorRequiredKey;

    /**
     * @param own                    the kind's rule, whose list query names the record {@code s}
     * @param newestFirst            the list's order, e.g. {@code s.heldOn desc, s.id desc}
     * @param facilitatorRequiredKey the refusal when an administrator names no consultant to lead it
     */
    protected FacilitatedServices(OwnRecords<S> own, String newestFirst, String facilitatorRequiredKey) {
        super(own);
        this.own = own;
        this.newestFirst = newestFirst;
        this.facilitatorRequiredKey = facilitatorRequiredKey;
    }

    public List<S> search(Viewer viewer, ServiceLanguage language, int first, int pageSize) {
        return listed(viewer, language).page(em, "select s from " + own.type().getSimpleName() + " s", newestFirst,
                own.type(), first, pageSize);
    }

    public long count(Viewer viewer, ServiceLanguage language) {
        return listed(viewer, language).count(em, "select count(s) from " + own.type().getSimpleName() + " s");
    }

    /** A consultant leads what they start; an administrator names the consultant. */
    protected Account facilitator(Viewer viewer, Long facilitatorId) {
        return Accounts.consultantFor(em, viewer, facilitatorId)
                .orElseThrow(() -> new InputRejected("facilitator", facilitatorRequiredKey));
    }

    private Conditions listed(Viewer viewer, ServiceLanguage language) {
        return own.listed(viewer).and("s.language = :language", "language", language);
    }
}

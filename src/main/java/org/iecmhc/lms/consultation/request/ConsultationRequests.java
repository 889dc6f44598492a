package org.iecmhc.lms.consultation.request;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.consultation.AssignmentDetails;
import org.iecmhc.lms.consultation.ConsultationAssignment;
import org.iecmhc.lms.consultation.ConsultationAssignments;
import org.iecmhc.lms.helpline.HelplineCall;
import org.iecmhc.lms.helpline.HelplineStaff;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderRegistry;

/**
 * The hand-off from the helpline to intensive consultation: helpline staff turn a call that recommended consultation
 * into a request, and an administrator turns the request into an assignment, the two linked for good.
 */
@ApplicationScoped
public class ConsultationRequests {

    @Inject
    EntityManager em;

    @Inject
    Counties counties;

    @Inject
    ProviderRegistry providers;

    @Inject
    ConsultationAssignments assignments;

    @Inject
    Clock clock;

    @Transactional
    public ConsultationRequest handOff(Viewer actor, long callId, HandOffDetails details) {
        if (!HelplineStaff.includes(em, actor)) {
            throw new InputRejected(null, "handOff.staffOnly");
        }
        HelplineCall call = Optional.ofNullable(em.find(HelplineCall.class, callId))
                .orElseThrow(() -> new InputRejected(null, "helpline.call.notFound"));
        if (!call.isConsultationRecommended()) {
            throw new InputRejected(null, "handOff.notRecommended");
        }
        if (ofCall(callId).isPresent()) {
            throw new InputRejected(null, "handOff.alreadyRequested");
        }
        Provider provider = details.providerId() == null ? null : providers.find(details.providerId())
                .orElseThrow(() -> new InputRejected("provider", "provider.notFound"));
        String providerName = provider == null ? TypedText.trimmedOrNull(details.providerName()) : null;
        if (provider == null && providerName == null) {
            throw new InputRejected("provider", "handOff.provider.required");
        }
        TypedText.requireFits(providerName, RequestLimits.PROVIDER_NAME, InputRejected::new, "providerName",
                "handOff.providerName.tooLong");
        String needs = TypedText.trimmedOrNull(details.needs());
        if (needs == null) {
            throw new InputRejected("needs", "handOff.needs.required");
        }
        TypedText.requireFits(needs, RequestLimits.NEEDS, InputRejected::new, "needs", "handOff.needs.tooLong");
        ConsultationRequest request = new ConsultationRequest(call, provider, providerName,
                counties.chosen(details.countyFips()), needs, PacificTime.today(clock));
        em.persist(request);
        return request;
    }

    /**
     * Makes the request's assignment in the same transaction, so a request is never left linked to nothing nor an
     * assignment made twice from it.
     */
    @Transactional
    public ConsultationAssignment assign(Viewer viewer, long requestId, long version, AssignmentDetails details) {
        ConsultationRequest request = find(viewer, requestId)
                .orElseThrow(() -> new InputRejected(null, "handOff.notFound"));
        request.requireVersion(version);
        if (request.isAssigned()) {
            throw new InputRejected(null, "handOff.alreadyAssigned");
        }
        ConsultationAssignment assignment = assignments.assign(viewer, details);
        request.assignedTo(assignment);
        return assignment;
    }

    /** Requests are the administrators' to assign: nobody else learns whether one exists. */
    public Optional<ConsultationRequest> find(Viewer viewer, long id) {
        return viewer.administrator() ? Optional.ofNullable(em.find(ConsultationRequest.class, id)) : Optional.empty();
    }

    public Optional<ConsultationRequest> ofCall(long callId) {
        return em.createQuery("select r from ConsultationRequest r where r.call.id = :call", ConsultationRequest.class)
                .setParameter("call", callId).getResultStream().findFirst();
    }

    public Optional<ConsultationRequest> ofAssignment(long assignmentId) {
        return em.createQuery("select r from ConsultationRequest r where r.assignment.id = :assignment",
                ConsultationRequest.class).setParameter("assignment", assignmentId).getResultStream().findFirst();
    }

    /** Administrators' list, oldest waiting first; {@code waiting} keeps only those without an assignment yet. */
    public List<ConsultationRequest> search(Viewer viewer, boolean waiting, int first, int pageSize) {
        if (!viewer.administrator()) {
            return List.of();
        }
        return listed(waiting).page(em,
                "select r from ConsultationRequest r join fetch r.county left join fetch r.provider",
                "r.requestedOn, r.id", ConsultationRequest.class, first, pageSize);
    }

    public long count(Viewer viewer, boolean waiting) {
        return viewer.administrator() ? listed(waiting).count(em, "select count(r) from ConsultationRequest r") : 0;
    }

    private static Conditions listed(boolean waiting) {
        return Conditions.chosen().and("r.assignment is null and :waiting = true", "waiting", waiting ? true : null);
    }
}

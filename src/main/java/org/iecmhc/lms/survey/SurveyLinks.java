package org.iecmhc.lms.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.LinkTokens;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.mail.Letter;
import org.iecmhc.lms.platform.mail.Outbox;
import org.iecmhc.lms.platform.mail.PublicLinks;
import org.iecmhc.lms.platform.text.EmailFormat;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * The participants' own survey links: mailing one when a service ends for them, opening it, and recording the answer
 * it gives. A link answers once and expires {@link #VALID_FOR} after it was sent; either way its page says so.
 */
@ApplicationScoped
public class SurveyLinks {

    public static final Duration VALID_FOR = Duration.ofDays(30);
    public static final String PAGE = "/survey/answer.xhtml";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks publicLinks;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<SurveyTarget> targets;

    /**
     * Mails the participant of this record their link, in the change that ends the service for them. Nothing happens
     * when the provider has no usable e-mail address or the record already has its link.
     *
     * @param service the language the service was given in; null when it has none, as consultation
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(SurveyQuestion question, long recordId, Provider participant, ServiceLanguage service) {
        send(question, recordId, participant.getContactEmail(), languageFor(participant, service));
    }

    /**
     * As above, for a participant known by the address and language they gave rather than as a provider of the
     * registry (a webinar's registrant).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(SurveyQuestion question, long recordId, String email, Language language) {
        if (email == null || !EmailFormat.isWellFormed(email) || hasLink(question.kind(), recordId)) {
            return;
        }
        String token = LinkTokens.newToken();
        LocalDateTime now = now();
        SurveyLink link = new SurveyLink(question.kind(), recordId, email, language, LinkTokens.hashOf(token), now);
        em.persist(link);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        String prefix = "participantSurvey.mail." + question.kind();
        outbox.queue(new Letter(email, language, prefix + ".subject", prefix + ".body",
                List.of(question.title(), date.format(question.on()), date.format(link.getExpiresAt().toLocalDate())),
                publicLinks.to(PAGE + "?token=" + token + "&lang=" + language.code()), "participantSurvey.mail.reason"));
    }

    /** What the link asks, or why it asks nothing any more. */
    public OpenedLink open(String token) {
        return find(token, LockModeType.NONE).map(this::opened).orElse(OpenedLink.refused(LinkState.UNKNOWN));
    }

    /**
     * Records the participant's answer and spends the link. A link that can no longer be answered is refused with
     * the state the page then shows; a comment too long is refused at its field and the link stays open.
     */
    @Transactional
    public void answer(String token, SurveyAnswer given) {
        SurveyLink link = find(token, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new LinkUnusable(LinkState.UNKNOWN));
        OpenedLink opened = opened(link);
        if (!opened.open()) {
            throw new LinkUnusable(opened.state());
        }
        if (given.rating() == null) {
            throw new InputRejected("rating", "participantSurvey.rating.required");
        }
        target(link.getSurveyKind()).orElseThrow(() -> new LinkUnusable(LinkState.UNKNOWN))
                .answer(link.getRecordId(), given);
        link.answered(now());
    }

    /** The participant's language: the service's when it was given in English or Spanish, else what they speak. */
    static Language languageFor(Provider participant, ServiceLanguage service) {
        if (service == ServiceLanguage.ES || service == ServiceLanguage.EN) {
            return service == ServiceLanguage.ES ? Language.ES : Language.EN;
        }
        boolean spanishOnly = participant.getLanguages().contains(ServiceLanguage.ES)
                && !participant.getLanguages().contains(ServiceLanguage.EN);
        return spanishOnly ? Language.ES : Language.EN;
    }

    private OpenedLink opened(SurveyLink link) {
        if (link.isAnswered()) {
            return OpenedLink.refused(LinkState.ANSWERED);
        }
        if (link.isExpired(now())) {
            return OpenedLink.refused(LinkState.EXPIRED);
        }
        return target(link.getSurveyKind()).flatMap(t -> t.question(link.getRecordId()))
                .map(question -> new OpenedLink(LinkState.OPEN, question, link.getLanguage()))
                .orElse(OpenedLink.refused(LinkState.UNKNOWN));
    }

    private boolean hasLink(String kind, long recordId) {
        return em.createQuery("select count(l) from SurveyLink l where l.surveyKind = :kind and l.recordId = :id", Long.class)
                .setParameter("kind", kind).setParameter("id", recordId).getSingleResult() > 0;
    }

    /** The service that keeps the answers of links of this kind. */
    Optional<SurveyTarget> target(String kind) {
        return targets.stream().filter(t -> t.kind().equals(kind)).findFirst();
    }

    private Optional<SurveyLink> find(String token, LockModeType lock) {
        return em.createQuery("select l from SurveyLink l where l.tokenHash = :hash", SurveyLink.class)
                .setParameter("hash", LinkTokens.hashOf(token)).setLockMode(lock).getResultStream().findFirst();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** A link that can no longer be answered, with what its page says about it. */
    public static class LinkUnusable extends RuntimeException {

        private final LinkState state;

        LinkUnusable(LinkState state) {
            super("survey link " + state);
            this.state = state;
        }

        public LinkState state() {
            return state;
        }
    }
}

package org.iecmhc.lms.survey;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.privacy.AddressPersonalData;
import org.iecmhc.lms.platform.privacy.DataSubject;

/**
 * The survey links mailed to an address and the answers given through them: the link names who answered, the answer
 * itself is kept by the service (an attendance, an enrollment, an assignment). Erasure keeps each yes or no, which
 * the figures count, and erases the words and the address.
 */
@ApplicationScoped
public class SurveyPersonalData implements AddressPersonalData {

    @Inject
    EntityManager em;

    @Inject
    SurveyLinks surveyLinks;

    @Override
    public String section() {
        return "surveyAnswers";
    }

    @Override
    public JsonValue exportRegistrant(String email) {
        return list(links(email), link -> {
            Optional<SurveyAnswer> given = link.getAnsweredAt() == null ? Optional.empty()
                    : target(link).flatMap(t -> t.given(link.getRecordId()));
            return record().with("survey", link.getSurveyKind()).with("email", link.getEmail())
                    .with("sentAtUtc", link.getCreatedAt()).with("answeredAtUtc", link.getAnsweredAt())
                    .with("rating", given.map(SurveyAnswer::rating).orElse(null))
                    .with("comments", given.map(SurveyAnswer::comments).orElse(null))
                    .with("consentToQuote", given.map(SurveyAnswer::consentToQuote).orElse(null)).build();
        });
    }

    @Override
    public void eraseRegistrant(String email) {
        for (SurveyLink link : links(email)) {
            if (link.getAnsweredAt() != null) {
                target(link).ifPresent(t -> t.eraseOwnWords(link.getRecordId()));
            }
            link.anonymise(DataSubject.placeholderEmail("survey-link", link.getId()));
        }
    }

    private List<SurveyLink> links(String email) {
        return em.createQuery("select l from SurveyLink l where lower(l.email) = :email order by l.createdAt, l.id",
                        SurveyLink.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultList();
    }

    private Optional<SurveyTarget> target(SurveyLink link) {
        return surveyLinks.target(link.getSurveyKind());
    }
}

package org.iecmhc.lms.testimonial;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.consultation.ConsultationAssignment;
import org.iecmhc.lms.consultation.ConsultationSurveys;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.opendoor.OpenDoorAttendance;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.time.FiscalYears;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.support.SupportEnrollment;
import org.iecmhc.lms.survey.SurveyAnswer;

/**
 * Every comment given with consent to quote, one query per service, and the administrators' choice of which to feature
 * on the impact page. A comment is listed only while its participant's consent and its words are stored, so a quote
 * whose consent is withdrawn or whose comment is cleared disappears from the lists and the impact page at once; a
 * feature whose record is deleted is deleted with it by the database. Names are never read.
 */
@ApplicationScoped
public class Testimonials {

    /** The columns each service's query selects, in this order: answer id, comment, day, language, role, featured id. */
    private static final String COLUMNS = "a.id, a.survey.comments, %s, %s, p.kind, f.id";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The comments the filter shows, the newest first; consented comments are few enough to list whole. */
    public List<Testimonial> search(TestimonialFilter filter) {
        FiscalYear year = filter.year();
        return gather(filter, year == null ? null : year.firstDay(), year == null ? null : year.dayAfter(), false);
    }

    /** The featured quotes of a range of fiscal years, the newest first, for the impact page. */
    public List<Testimonial> featured(FiscalYears years) {
        return gather(TestimonialFilter.everything(), years.from().firstDay(), years.to().dayAfter(), true);
    }

    /**
     * Features the comment on the impact page or takes it off, by an administrator (read from the database at each
     * call); a comment no longer quotable is refused.
     */
    @Transactional
    public void feature(String email, QuotedService service, long answerId, boolean featured) {
        Account administrator = Accounts.byEmail(em, email).filter(account -> account.hasRole(Role.ADMINISTRATOR))
                .orElseThrow(() -> new InputRejected(null, "testimonial.administratorsOnly"));
        FeaturedQuote existing = em.createQuery("select f from FeaturedQuote f where f." + answerPath(service)
                + ".id = :id", FeaturedQuote.class).setParameter("id", answerId).getResultStream().findFirst().orElse(null);
        if (!featured) {
            if (existing != null) {
                em.remove(existing);
            }
            return;
        }
        if (existing == null) {
            em.persist(feature(service, answerId, administrator));
        }
    }

    private FeaturedQuote feature(QuotedService service, long answerId, Account administrator) {
        var now = PacificTime.nowUtc(clock);
        return switch (service) {
            case OPEN_DOOR -> new FeaturedQuote(quotable(OpenDoorAttendance.class, answerId,
                    OpenDoorAttendance::getSurvey), administrator, now);
            case SUPPORT -> new FeaturedQuote(quotable(SupportEnrollment.class, answerId,
                    SupportEnrollment::getSurvey), administrator, now);
            case CONSULTATION -> new FeaturedQuote(quotable(ConsultationAssignment.class, answerId,
                    ConsultationAssignment::getSurvey), administrator, now);
        };
    }

    private <T> T quotable(Class<T> type, long id, Function<T, SurveyAnswer> answer) {
        T record = em.find(type, id);
        if (record == null || !answer.apply(record).consentToQuote() || answer.apply(record).comments() == null) {
            throw new InputRejected(null, "testimonial.notQuotable");
        }
        return record;
    }

    private static String answerPath(QuotedService service) {
        return switch (service) {
            case OPEN_DOOR -> "openDoorAttendance";
            case SUPPORT -> "supportEnrollment";
            case CONSULTATION -> "consultationAssignment";
        };
    }

    private static final Comparator<Testimonial> NEWEST_FIRST = Comparator.comparing(Testimonial::on).reversed()
            .thenComparing(Testimonial::service).thenComparing(Comparator.comparingLong(Testimonial::answerId).reversed());

    /** The comments given on days from {@code from} up to {@code before}; a null bound is open. */
    private List<Testimonial> gather(TestimonialFilter filter, LocalDate from, LocalDate before, boolean featuredOnly) {
        Days days = new Days(from, before);
        List<Testimonial> found = new ArrayList<>();
        if (filter.service() == null || filter.service() == QuotedService.OPEN_DOOR) {
            found.addAll(serviceGiven(QuotedService.OPEN_DOOR, filter, days, "s.heldOn", "s.language",
                    "from OpenDoorAttendance a join a.session s join a.provider p"
                            + featureJoin(featuredOnly) + " on f.openDoorAttendance = a"));
        }
        if (filter.service() == null || filter.service() == QuotedService.SUPPORT) {
            found.addAll(serviceGiven(QuotedService.SUPPORT, filter, days, "s.startsOn", "s.language",
                    "from SupportEnrollment a join a.series s join a.provider p"
                            + featureJoin(featuredOnly) + " on f.supportEnrollment = a"));
        }
        if ((filter.service() == null || filter.service() == QuotedService.CONSULTATION)
                && filter.language() != ServiceLanguage.OTHER) {
            found.addAll(consultation(filter, days, featuredOnly));
        }
        found.sort(NEWEST_FIRST);
        return found;
    }

    /** A service held in a language on a day: Open-Door sessions and support series. */
    private List<Testimonial> serviceGiven(QuotedService service, TestimonialFilter filter, Days days,
                                           String day, String language, String from) {
        List<Object[]> rows = days.conditions(day).and(language + " = :language", "language",
                filter.language()).all(em, "select " + COLUMNS.formatted(day, language) + " " + from, "a.id",
                Object[].class);
        return rows.stream().map(row -> testimonial(service, row, (ServiceLanguage) row[3])).toList();
    }

    /**
     * Consultation is given in no one language: a comment's language is the one its participant answered their link
     * in, and none when staff typed it.
     */
    private List<Testimonial> consultation(TestimonialFilter filter, Days days, boolean featuredOnly) {
        String day = "coalesce(a.endOn, a.startOn)";
        Language language = filter.language() == null ? null : Language.valueOf(filter.language().name());
        List<Object[]> rows = days.conditions(day).and("l.language = :language", "language", language)
                .all(em, "select " + COLUMNS.formatted(day, "l.language")
                        + " from ConsultationAssignment a join a.provider p"
                        + featureJoin(featuredOnly) + " on f.consultationAssignment = a"
                        + " left join SurveyLink l on l.surveyKind = '" + ConsultationSurveys.KIND + "'"
                        + " and l.recordId = a.id and l.answeredAt is not null", "a.id", Object[].class);
        return rows.stream().map(row -> testimonial(QuotedService.CONSULTATION, row,
                row[3] == null ? null : ServiceLanguage.valueOf(((Language) row[3]).name()))).toList();
    }

    /** The days a list covers, and the conditions every service's query shares: a comment given with consent. */
    private record Days(LocalDate from, LocalDate before) {

        Conditions conditions(String day) {
            return Conditions.chosen()
                    .and("a.survey.comments is not null and a.survey.consentToQuote = :consent", "consent", true)
                    .and(day + " >= :from", "from", from)
                    .and(day + " < :before", "before", before);
        }
    }

    /** Featured quotes only, or every comment with whether it is featured. */
    private static String featureJoin(boolean featuredOnly) {
        return (featuredOnly ? " join" : " left join") + " FeaturedQuote f";
    }

    private static Testimonial testimonial(QuotedService service, Object[] row, ServiceLanguage language) {
        // coalesce() of two dates comes back as the driver's date, not the attribute's type
        LocalDate on = row[2] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[2];
        return new Testimonial(service, ((Number) row[0]).longValue(), (String) row[1], on, language,
                (ProviderKind) row[4], row[5] != null);
    }
}

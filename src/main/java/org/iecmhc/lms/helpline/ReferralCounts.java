package org.iecmhc.lms.helpline;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.time.FiscalYear;

/**
 * How often the helpline referred callers to each resource of the directory and on calls about each topic, in a
 * fiscal year: one grouped query per table, whatever the number of calls or resources.
 */
@ApplicationScoped
public class ReferralCounts {

    @Inject
    EntityManager em;

    /** Every resource referred to in the year with its number of referrals, most referred first, then by name. */
    public List<ResourceReferrals> byResource(FiscalYear year) {
        return em.createQuery("select new org.iecmhc.lms.helpline.ReferralCounts$ResourceReferrals(r.name, r.kind,"
                        + " count(c)) from HelplineCall c join c.referred r"
                        + " where c.receivedAt >= :from and c.receivedAt < :to group by r.id, r.name, r.kind",
                        ResourceReferrals.class)
                .setParameter("from", year.startUtc()).setParameter("to", year.next().startUtc()).getResultList()
                .stream().sorted(Comparator.comparingLong(ResourceReferrals::referrals).reversed()
                        .thenComparing(ResourceReferrals::name)).toList();
    }

    /**
     * The referrals made on calls about each topic, in the topics' order: a referral on a call about two topics
     * counts under both, and a call without a topic under none.
     */
    public List<TopicReferrals> byTopic(FiscalYear year) {
        return em.createQuery("select new org.iecmhc.lms.helpline.ReferralCounts$TopicReferrals(t.nameEn, t.nameEs,"
                        + " count(r)) from HelplineCall c join c.referred r join c.topics t"
                        + " where c.receivedAt >= :from and c.receivedAt < :to"
                        + " group by t.id, t.nameEn, t.nameEs, t.position order by t.position, t.id",
                        TopicReferrals.class)
                .setParameter("from", year.startUtc()).setParameter("to", year.next().startUtc()).getResultList();
    }

    /** A resource's referrals in a year. Getters for the page, as Expression Language does not read components. */
    public record ResourceReferrals(String name, ResourceKind kind, long referrals) implements Serializable {

        public String getName() {
            return name;
        }

        public ResourceKind getKind() {
            return kind;
        }

        public long getReferrals() {
            return referrals;
        }
    }

    /** The referrals made on a topic's calls in a year. */
    public record TopicReferrals(String nameEn, String nameEs, long referrals) implements Serializable {

        public String name(Locale locale) {
            return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
        }

        public long getReferrals() {
            return referrals;
        }
    }
}

package org.iecmhc.lms.helpline;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.text.TypedText;

/** The editable list of helpline topics. Topics are retired rather than deleted, so past calls keep them. */
@ApplicationScoped
public class HelplineTopics {

    @Inject
    EntityManager em;

    @Inject
    TopicNames names;

    public List<HelplineTopic> all() {
        return em.createQuery("select t from HelplineTopic t order by t.position, t.id", HelplineTopic.class).getResultList();
    }

    @Transactional
    public HelplineTopic add(String nameEn, String nameEs) {
        checkNames(nameEn, nameEs);
        String code = codeFor(nameEn);
        Long sameCode = em.createQuery("select count(t) from HelplineTopic t where t.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
        if (sameCode > 0) {
            throw new InputRejected("nameEn", "helpline.topic.exists");
        }
        Integer last = em.createQuery("select max(t.position) from HelplineTopic t", Integer.class).getSingleResult();
        HelplineTopic topic = new HelplineTopic(code, nameEn, nameEs, last == null ? 1 : last + 1);
        em.persist(topic);
        names.changed();
        return topic;
    }

    @Transactional
    public void rename(long id, String nameEn, String nameEs) {
        checkNames(nameEn, nameEs);
        em.find(HelplineTopic.class, id).rename(nameEn, nameEs);
        names.changed();
    }

    @Transactional
    public void setActive(long id, boolean active) {
        em.find(HelplineTopic.class, id).setActive(active);
        names.changed();
    }

    private static void checkNames(String nameEn, String nameEs) {
        if (nameEn == null || nameEn.isBlank()) {
            throw new InputRejected("nameEn", "helpline.topic.nameRequired");
        }
        if (nameEs == null || nameEs.isBlank()) {
            throw new InputRejected("nameEs", "helpline.topic.nameRequired");
        }
        if (!TypedText.fits(nameEn, HelplineLimits.TOPIC_NAME) || !TypedText.fits(nameEs, HelplineLimits.TOPIC_NAME)) {
            throw new InputRejected("nameEn", "helpline.topic.nameTooLong");
        }
    }

    /** A stable code from the English name, as the import files may name topics by code. */
    static String codeFor(String nameEn) {
        String plain = Normalizer.normalize(nameEn.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return code.length() > HelplineLimits.TOPIC_CODE ? code.substring(0, HelplineLimits.TOPIC_CODE) : code;
    }
}

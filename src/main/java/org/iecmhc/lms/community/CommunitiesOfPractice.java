package org.iecmhc.lms.community;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.text.TypedText;

/** Community of Practice series: starting one in a cohort, renaming it or handing it to another faculty member, finding them. */
@ApplicationScoped
public class CommunitiesOfPractice {

    @Inject
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PracticeAccess access;

    /** A new series without meetings yet; faculty may start one only in a cohort they teach. */
    @Transactional
    public PracticeSeries start(Viewer viewer, Long cohortId, String title, Long facilitatorId) {
        Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
        if (cohort == null || !access.mayStartIn(viewer, cohort)) {
            throw new InputRejected("cohort", "practice.cohort.required");
        }
        checkTitle(title);
        PracticeSeries series = new PracticeSeries(cohort, title, facilitator(facilitatorId));
        em.persist(series);
        em.flush(); // the page redirects to the new series by its id
        return series;
    }

    @Transactional
    public PracticeSeries change(Viewer viewer, long id, long version, String title, Long facilitatorId) {
        PracticeSeries series = access.runnable(viewer, id);
        series.requireVersion(version);
        checkTitle(title);
        series.describe(title, facilitator(facilitatorId));
        return series;
    }

    public Optional<PracticeSeries> find(Viewer viewer, long id) {
        try {
            return Optional.of(access.runnable(viewer, id));
        } catch (InputRejected notVisible) {
            return Optional.empty();
        }
    }

    /** The series the viewer runs, of one cohort or all, newest cohort first. */
    public List<PracticeSeries> search(Viewer viewer, Long cohortId, int first, int pageSize) {
        TypedQuery<PracticeSeries> query = em.createQuery("select s from PracticeSeries s join fetch s.cohort join fetch s.facilitator"
                + where(viewer, cohortId) + " order by s.cohort.startDate desc, s.title, s.id", PracticeSeries.class);
        bind(query, viewer, cohortId);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(Viewer viewer, Long cohortId) {
        TypedQuery<Long> query = em.createQuery("select count(s) from PracticeSeries s" + where(viewer, cohortId), Long.class);
        bind(query, viewer, cohortId);
        return query.getSingleResult();
    }

    /** Cohorts the viewer may start a series in or filter by: all for administrators, those they teach for faculty. */
    public List<Cohort> cohorts(Viewer viewer) {
        if (viewer.administrator()) {
            return em.createQuery("select c from Cohort c order by c.startDate desc, c.id desc", Cohort.class).getResultList();
        }
        return em.createQuery("select distinct c from Cohort c join c.faculty f where f.email = :email"
                + " order by c.startDate desc", Cohort.class).setParameter("email", viewer.email()).getResultList();
    }

    /** A faculty member starting a series facilitates it unless they choose a colleague; administrators choose. */
    public Optional<Account> usualFacilitator(Viewer viewer) {
        return viewer.administrator() ? Optional.empty()
                : accounts.findByEmail(viewer.email()).filter(a -> a.hasRole(Role.FACULTY));
    }

    public List<Account> facilitators() {
        return accounts.activeWithRole(Role.FACULTY);
    }

    /** The series the viewer runs (alias {@code s}), of one cohort or all: shared with the list of their meetings. */
    static String where(Viewer viewer, Long cohortId) {
        return " where 1 = 1" + (viewer.administrator() ? "" : " and " + PracticeAccess.RUN_BY)
                + (cohortId == null ? "" : " and s.cohort.id = :cohort");
    }

    static void bind(TypedQuery<?> query, Viewer viewer, Long cohortId) {
        PracticeAccess.bind(query, viewer);
        if (cohortId != null) {
            query.setParameter("cohort", cohortId);
        }
    }

    private Account facilitator(Long id) {
        return Optional.ofNullable(id).flatMap(accounts::find).filter(a -> a.hasRole(Role.FACULTY) && a.isActive())
                .orElseThrow(() -> new InputRejected("facilitator", "practice.facilitator.required"));
    }

    private static void checkTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new InputRejected("title", "practice.title.required");
        }
        TypedText.requireFits(title, PracticeLimits.SERIES_TITLE, InputRejected::new, "title",
                "practice.title.tooLong");
    }
}

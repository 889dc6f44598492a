package org.iecmhc.lms.reporting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.time.FiscalYears;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * The public "by the numbers" pages: an administrator publishes the figures of a range, as the impact page shows them
 * (small cells marked), and unpublishes them; anyone reads a published range. Each change names the signed-in person
 * by e-mail, whose role is read from the database at every call.
 */
@ApplicationScoped
public class FigurePublications {

    @Inject
    EntityManager em;

    @Inject
    ImpactReport impact;

    @Inject
    ReportTables tables;

    @Inject
    Clock clock;

    /** Publishes the range's figures as they are now; a range already published gets today's figures. */
    @Transactional
    public PublishedFigures publish(String email, FiscalYears years) {
        Account administrator = administrator(email);
        ShownFigures figures = ShownFigures.of(impact.figures(years), tables.smallCells());
        LocalDateTime now = PacificTime.nowUtc(clock);
        Optional<PublishedFigures> published = find(PublishedFigures.slug(years));
        if (published.isPresent()) {
            published.get().replace(figures, administrator, now);
            return published.get();
        }
        PublishedFigures page = new PublishedFigures(years, figures, administrator, now);
        em.persist(page);
        return page;
    }

    @Transactional
    public void unpublish(String email, String slug) {
        administrator(email);
        em.remove(find(slug).orElseThrow(() -> new ReportRejected(null, "numbers.notPublished")));
    }

    /** The published range at that address, if it is published. */
    public Optional<PublishedFigures> find(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from PublishedFigures p where p.slug = :slug", PublishedFigures.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Every published range, the latest years first. */
    public List<PublishedRange> all() {
        return em.createQuery("select p from PublishedFigures p order by p.toYear desc, p.fromYear desc",
                PublishedFigures.class).getResultStream().map(PublishedRange::of).toList();
    }

    private Account administrator(String email) {
        return Accounts.byEmail(em, email).filter(account -> account.hasRole(Role.ADMINISTRATOR))
                .orElseThrow(() -> new ReportRejected(null, "numbers.administratorsOnly"));
    }
}

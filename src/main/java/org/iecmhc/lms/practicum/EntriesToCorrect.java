package org.iecmhc.lms.practicum;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.home.ToDoItem;
import org.iecmhc.lms.home.ToDoSource;

/**
 * On the trainee's to-do list: practicum log entries faculty returned. They have no deadline, so they are dated by
 * their return, which puts them before what is still to come.
 */
@ApplicationScoped
public class EntriesToCorrect implements ToDoSource {

    private static final String RETURNED = " from LogEntry l join l.placement p where l.trainee.id = :trainee"
            + " and l.status = :returned";

    @Inject
    EntityManager em;

    @Override
    public List<ToDoItem> itemsFor(long traineeId, LocalDateTime nowUtc, int max) {
        return em.createQuery("select p.id, l.loggedOn, p.provider.name, l.reviewedAt" + RETURNED
                        + " order by l.reviewedAt, l.id", Object[].class)
                .setParameter("trainee", traineeId).setParameter("returned", EntryStatus.RETURNED)
                .setMaxResults(max).getResultStream()
                .map(row -> new ToDoItem("home.todo.kind.practicum", ((LocalDate) row[1]).toString(), (String) row[2],
                        (LocalDateTime) row[3], "home.todo.date.returned", false, "/practicum/log.xhtml?placement=" + row[0]))
                .toList();
    }

    @Override
    public long countFor(long traineeId, LocalDateTime nowUtc) {
        return em.createQuery("select count(l)" + RETURNED, Long.class)
                .setParameter("trainee", traineeId).setParameter("returned", EntryStatus.RETURNED).getSingleResult();
    }
}

package org.iecmhc.lms.practicum;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.home.ToDoItem;
import org.iecmhc.lms.home.ToDoSource;

/**
 * On the trainee's to-do list: practicum log entries faculty returned. They have no deadline, so they are dated by
 * their return, which puts them before what is still to come.
 */
@ApplicationScoped
public class EntriesToCorrect implements ToDoSource {

    /** The row's id is the placement's, whose log page the item opens; the day logged is the second time. */
    @Override
    public Select openItems(long traineeId, LocalDateTime nowUtc) {
        return new Select("select p.id as id, null as title, pr.name as context,"
                + " l.reviewed_at as first_at, l.logged_on as second_at from practicum_log_entry l"
                + " join practicum_placement p on p.id = l.placement_id join provider pr on pr.id = p.provider_id"
                + " where l.trainee_id = ? and l.status = ?", List.of(traineeId, EntryStatus.RETURNED.name()));
    }

    @Override
    public ToDoItem item(Row row, LocalDateTime nowUtc) {
        return new ToDoItem("home.todo.kind.practicum", row.second().toLocalDate().toString(), row.context(),
                row.first(), "home.todo.date.returned", false, "/practicum/log.xhtml?placement=" + row.id());
    }
}

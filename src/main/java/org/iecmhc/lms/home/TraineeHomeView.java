package org.iecmhc.lms.home;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.SignedInCalendar;
import org.iecmhc.lms.home.ToDoList.ToDo;
import org.iecmhc.lms.identity.SignedInAccount;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.persistence.PageReads;
import org.iecmhc.lms.platform.persistence.SqlRead;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * The trainee's home: their to-do list and this week's sessions and meetings, read once per request in the page's one
 * statement with the other views' reads ({@link PageReads}).
 */
@Named
@RequestScoped
public class TraineeHomeView {

    @Inject
    ToDoList toDoList;

    @Inject
    SignedInAccount me;

    @Inject
    SignedInCalendar calendar;

    @Inject
    PageReads reads;

    private Supplier<ToDo> toDo;
    private Supplier<List<CalendarEntry>> week;

    /**
     * Keeps both reads for the page's statement; the page calls it before it renders, as the other views do. Not on a
     * postback, which renders the announcements only: they would be read for nothing.
     */
    public void prepare() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            keep();
        }
    }

    private void keep() {
        if (toDo == null) {
            toDo = reads.add(me.accountId().map(toDoList::read).orElse(SqlRead.none(rows -> new ToDo(List.of(), 0))));
            week = reads.add(calendar.meetingsThisWeek());
        }
    }

    public ToDo getToDo() {
        keep();
        return toDo.get();
    }

    public List<CalendarEntry> getWeek() {
        keep();
        return week.get();
    }

    /** Such as "Due 2026-12-09 17:00 PT" or "Devuelta 2026-12-01 10:12 PT". */
    public String when(ToDoItem item) {
        return Messages.text(item.dateKey(), PacificTime.format(item.dateUtc()));
    }
}

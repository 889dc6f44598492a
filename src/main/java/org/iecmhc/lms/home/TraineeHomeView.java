package org.iecmhc.lms.home;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.SignedInCalendar;
import org.iecmhc.lms.home.ToDoList.ToDo;
import org.iecmhc.lms.identity.SignedInAccount;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.PacificTime;

/** The trainee's home: their to-do list and this week's sessions and meetings, each read once per request. */
@Named
@RequestScoped
public class TraineeHomeView {

    @Inject
    ToDoList toDoList;

    @Inject
    SignedInAccount me;

    @Inject
    SignedInCalendar calendar;

    private ToDo toDo;
    private List<CalendarEntry> week;

    public ToDo getToDo() {
        if (toDo == null) {
            toDo = me.accountId().map(toDoList::of).orElse(new ToDo(List.of(), 0));
        }
        return toDo;
    }

    public List<CalendarEntry> getWeek() {
        if (week == null) {
            week = calendar.meetingsThisWeek();
        }
        return week;
    }

    /** Such as "Due 2026-12-09 17:00 PT" or "Devuelta 2026-12-01 10:12 PT". */
    public String when(ToDoItem item) {
        return Messages.text(item.dateKey(), PacificTime.format(item.dateUtc()));
    }
}

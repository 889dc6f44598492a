package org.iecmhc.lms.home;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.iecmhc.lms.platform.time.PacificTime;

/** A trainee's to-do list: what every {@link ToDoSource} knows of, merged by date and cut at {@link #MAX} items. */
@ApplicationScoped
public class ToDoList {

    public static final int MAX = 20;

    @Inject
    @Any
    Instance<ToDoSource> sources;

    @Inject
    Clock clock;

    /** The trainee's first items and how many more there are. */
    public ToDo of(long traineeId) {
        LocalDateTime now = PacificTime.nowUtc(clock);
        List<ToDoItem> items = new ArrayList<>();
        long total = 0;
        for (ToDoSource source : sources) {
            List<ToDoItem> part = source.itemsFor(traineeId, now, MAX);
            items.addAll(part);
            total += part.size() < MAX ? part.size() : source.countFor(traineeId, now);
        }
        items.sort(Comparator.comparing(ToDoItem::dateUtc).thenComparing(ToDoItem::title));
        List<ToDoItem> first = List.copyOf(items.subList(0, Math.min(MAX, items.size())));
        return new ToDo(first, total - first.size());
    }

    /** The items shown, soonest first, and the number left out. */
    public record ToDo(List<ToDoItem> items, long more) {
    }
}

package org.iecmhc.lms.home;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.iecmhc.lms.platform.persistence.SqlRead;
import org.iecmhc.lms.platform.persistence.UnionAll;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * A trainee's to-do list: what every {@link ToDoSource} knows of, merged by date and cut at {@link #MAX} items. One
 * statement reads every source's first {@link #MAX} items and how many each has in all.
 */
@ApplicationScoped
public class ToDoList {

    public static final int MAX = 20;
    /** The part, the columns of {@link ToDoSource.Row}, the item's place in its part and its part's total. */
    private static final int COLUMNS = 8;

    @Inject
    @Any
    Instance<ToDoSource> sources;

    @Inject
    Clock clock;

    /**
     * The trainee's first items and how many more there are, as a read not sent yet: the home page sends it with its
     * other reads.
     */
    public SqlRead<ToDo> read(long traineeId) {
        LocalDateTime now = PacificTime.nowUtc(clock);
        List<ToDoSource> all = new ArrayList<>();
        UnionAll union = new UnionAll();
        for (ToDoSource source : sources) {
            ToDoSource.Select query = source.openItems(traineeId, now);
            union.add(query.select(), query.parameters());
            all.add(source);
        }
        Function<List<Object[]>, ToDo> toDo = rows -> toDo(all, rows, now);
        return all.isEmpty() ? SqlRead.none(toDo) : union.read(COLUMNS, toDo, "select * from (select u.*,"
                + " row_number() over (partition by u.part order by u.first_at, u.id) as place,"
                + " count(*) over (partition by u.part) as total from (%s) u) x where x.place <= ?", MAX);
    }

    private static ToDo toDo(List<ToDoSource> sources, List<Object[]> rows, LocalDateTime now) {
        List<ToDoItem> items = new ArrayList<>();
        Map<Integer, Long> totals = new HashMap<>();
        for (Object[] r : rows) {
            ToDoSource.Row row = new ToDoSource.Row(((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    UnionAll.time(r[4]), UnionAll.time(r[5]));
            items.add(sources.get(UnionAll.part(r)).item(row, now));
            totals.put(UnionAll.part(r), ((Number) r[7]).longValue());
        }
        items.sort(Comparator.comparing(ToDoItem::dateUtc).thenComparing(ToDoItem::title));
        List<ToDoItem> first = List.copyOf(items.subList(0, Math.min(MAX, items.size())));
        long total = totals.values().stream().mapToLong(Long::longValue).sum();
        return new ToDo(first, total - first.size());
    }

    /** The items shown, soonest first, and the number left out. */
    public record ToDo(List<ToDoItem> items, long more) {
    }
}

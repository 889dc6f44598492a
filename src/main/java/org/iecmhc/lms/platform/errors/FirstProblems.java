package org.iecmhc.lms.platform.errors;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one import: all are counted, the first {@value #KEPT} are kept to be shown. A file of bad
 * lines otherwise answered with every problem (2.3 MB of bad CSV gave 52 MB of JSON); the first hundred show what
 * to fix, the count how much there is.
 */
public final class FirstProblems<P> {

    public static final int KEPT = 100;

    private final ArrayList<P> first = new ArrayList<>();
    private int total;

    public void add(P problem) {
        total++;
        if (first.size() < KEPT) {
            first.add(problem);
        }
    }

    public static <P> FirstProblems<P> of(List<P> problems) {
        FirstProblems<P> bounded = new FirstProblems<>();
        problems.forEach(bounded::add);
        return bounded;
    }

    public List<P> first() {
        return List.copyOf(first);
    }

    public int total() {
        return total;
    }

    public boolean isEmpty() {
        return total == 0;
    }
}

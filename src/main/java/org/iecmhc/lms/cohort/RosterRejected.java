package org.iecmhc.lms.cohort;

import java.util.List;

/** A roster that was not imported, with every problem found in it; nothing of it was stored. */
public class RosterRejected extends RuntimeException {

    private final transient List<RosterProblem> problems;

    public RosterRejected(List<RosterProblem> problems) {
        super(problems.size() + " problem(s) in the roster");
        this.problems = List.copyOf(problems);
    }

    public List<RosterProblem> problems() {
        return problems;
    }
}

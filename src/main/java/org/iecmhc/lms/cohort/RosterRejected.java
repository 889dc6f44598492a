package org.iecmhc.lms.cohort;

import java.util.List;

import org.iecmhc.lms.platform.errors.FirstProblems;

/** A roster that was not imported, with every problem found in it; nothing of it was stored. */
public class RosterRejected extends RuntimeException {

    private final transient FirstProblems<RosterProblem> problems;

    public RosterRejected(List<RosterProblem> problems) {
        super(problems.size() + " problem(s) in the roster");
        this.problems = FirstProblems.of(problems);
    }

    /** The first problems, at most {@value FirstProblems#KEPT}. */
    public List<RosterProblem> problems() {
        return problems.first();
    }

    public int total() {
        return problems.total();
    }
}

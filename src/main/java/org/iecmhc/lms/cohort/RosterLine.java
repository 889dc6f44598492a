package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.iecmhc.lms.platform.i18n.Language;

/**
 * One person's line of a roster as typed, with what it means once read (null where it could not be read) and
 * every problem found in it. A line with no problem can be imported.
 */
public record RosterLine(int line, List<String> typed, String email, String firstName, String lastName,
                         Language preferredLanguage, RaceEthnicity raceEthnicity, LanguageBackground languageBackground,
                         String countyFips, String agency, List<RosterProblem> problems) implements Serializable {

    public boolean isValid() {
        return problems.isEmpty();
    }

    public String column(int column) {
        return column < typed.size() ? typed.get(column) : "";
    }

    RosterLine withProblem(RosterProblem problem) {
        List<RosterProblem> more = new ArrayList<>(problems);
        more.add(problem);
        return new RosterLine(line, typed, email, firstName, lastName, preferredLanguage, raceEthnicity,
                languageBackground, countyFips, agency, List.copyOf(more));
    }
}

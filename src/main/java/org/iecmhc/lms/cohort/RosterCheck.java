package org.iecmhc.lms.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountRules;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.text.Codes;
import org.iecmhc.lms.platform.text.Csv;
import org.iecmhc.lms.platform.text.TypedText;

/**
 * Reads a roster CSV and finds every problem in it before anything is stored, so an import is all or nothing and
 * the administrator sees all the bad lines at once. Knows nothing of the database: what it needs to know about the
 * cohort is handed in.
 */
final class RosterCheck {

    static final List<String> COLUMNS = List.of(
            "email", "first_name", "last_name", "preferred_language", "race_ethnicity", "language", "county", "agency");
    /** Line 0 stands for the whole file, for problems that are no single line's fault. */
    static final int WHOLE_FILE = 0;

    /** What the check needs to know about the cohort and the reference data. */
    record Cohort(boolean closed, int capacity, long activeEnrollments, Set<String> activeEmails,
                  Function<String, Optional<County>> counties) {
    }

    /** The lines read, in file order, and the problems that concern the whole file. */
    record Result(List<RosterLine> lines, List<RosterProblem> fileProblems) {

        boolean importable() {
            return fileProblems.isEmpty() && !lines.isEmpty() && lines.stream().allMatch(RosterLine::isValid);
        }

        List<RosterProblem> problems() {
            List<RosterProblem> all = new ArrayList<>(fileProblems);
            lines.forEach(line -> all.addAll(line.problems()));
            return all;
        }
    }

    private RosterCheck() {
    }

    static Result check(String csv, Cohort cohort) {
        List<Csv.Row> records = Csv.read(csv == null ? "" : csv).stream().filter(row -> !row.isBlank()).toList();
        List<RosterProblem> fileProblems = new ArrayList<>();
        if (cohort.closed()) {
            fileProblems.add(RosterProblem.at(WHOLE_FILE, "roster.cohortClosed"));
        }
        if (records.isEmpty()) {
            fileProblems.add(RosterProblem.at(1, "roster.empty"));
            return new Result(List.of(), fileProblems);
        }
        Csv.Row header = records.get(0);
        if (!isHeader(header.fields())) {
            fileProblems.add(RosterProblem.at(header.line(), "roster.header", String.join(",", COLUMNS)));
            return new Result(List.of(), fileProblems);
        }
        List<RosterLine> lines = new ArrayList<>();
        Map<String, Integer> firstLineOfEmail = new HashMap<>();
        int newPeople = 0;
        for (Csv.Row record : records.subList(1, records.size())) {
            RosterLine line = read(record, cohort.counties());
            if (line.email() != null) {
                Integer earlier = firstLineOfEmail.putIfAbsent(line.email(), line.line());
                if (earlier != null) {
                    line = line.withProblem(RosterProblem.at(line.line(), "roster.email.duplicate", earlier));
                } else if (cohort.activeEmails().contains(line.email())) {
                    line = line.withProblem(RosterProblem.at(line.line(), "roster.email.alreadyEnrolled"));
                } else {
                    newPeople++;
                }
            }
            lines.add(line);
        }
        if (lines.isEmpty()) {
            fileProblems.add(RosterProblem.at(header.line(), "roster.noPeople"));
        }
        // One problem for the file, not one per line past the last seat: the fix is the capacity or the file's size.
        long places = Math.max(0, cohort.capacity() - cohort.activeEnrollments());
        if (newPeople > places) {
            fileProblems.add(RosterProblem.at(WHOLE_FILE, "roster.capacity", newPeople, places));
        }
        return new Result(lines, fileProblems);
    }

    private static boolean isHeader(List<String> fields) {
        return fields.stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList().equals(COLUMNS);
    }

    private static RosterLine read(Csv.Row record, Function<String, Optional<County>> counties) {
        int n = record.line();
        List<String> typed = record.fields();
        List<RosterProblem> problems = new ArrayList<>();
        if (typed.size() != COLUMNS.size()) {
            problems.add(RosterProblem.at(n, "roster.fieldCount", typed.size(), COLUMNS.size()));
            return new RosterLine(n, typed, null, null, null, null, null, null, null, null, List.copyOf(problems));
        }
        String email = Account.normalizeEmail(typed.get(0));
        AccountRules.emailProblem(email).ifPresent(key -> problems.add(RosterProblem.at(n, "roster.email.invalid")));
        String firstName = typed.get(1).trim();
        AccountRules.nameProblem(firstName).ifPresent(key -> problems.add(RosterProblem.at(n, "roster.firstName.invalid")));
        String lastName = typed.get(2).trim();
        AccountRules.nameProblem(lastName).ifPresent(key -> problems.add(RosterProblem.at(n, "roster.lastName.invalid")));
        Language preferred = Codes.find(Language.values(), Language::code, typed.get(3)).orElse(null);
        if (preferred == null) {
            problems.add(RosterProblem.at(n, "roster.preferredLanguage.invalid", typed.get(3).trim()));
        }
        RaceEthnicity race = code(RaceEthnicity.class, typed.get(4));
        if (race == null && !typed.get(4).isBlank()) {
            problems.add(RosterProblem.at(n, "roster.raceEthnicity.invalid", typed.get(4).trim()));
        }
        LanguageBackground background = code(LanguageBackground.class, typed.get(5));
        if (background == null && !typed.get(5).isBlank()) {
            problems.add(RosterProblem.at(n, "roster.language.invalid", typed.get(5).trim()));
        }
        County county = typed.get(6).isBlank() ? null : counties.apply(typed.get(6)).orElse(null);
        if (county == null && !typed.get(6).isBlank()) {
            problems.add(RosterProblem.at(n, "roster.county.invalid", typed.get(6).trim()));
        }
        String agency = typed.get(7).trim();
        if (!TypedText.fits(agency, CohortLimits.AGENCY)) {
            problems.add(RosterProblem.at(n, "roster.agency.tooLong", CohortLimits.AGENCY));
        }
        if (TypedText.hasControlCharacters(agency, true)) {
            problems.add(RosterProblem.at(n, "roster.agency.control"));
        }
        boolean emailUsable = problems.stream().noneMatch(p -> p.key().equals("roster.email.invalid"));
        return new RosterLine(n, typed, emailUsable ? email : null, firstName, lastName, preferred, race, background,
                county == null ? null : county.getFips(), TypedText.trimmedOrNull(agency), List.copyOf(problems));
    }


    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        return Codes.find(type.getEnumConstants(), Enum::name, code).orElse(null);
    }
}

package org.iecmhc.lms.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** Reading and checking roster CSV files, without a database. */
class RosterCheckTest {

    private static final String HEADER = "email,first_name,last_name,preferred_language,race_ethnicity,language,county,agency\n";

    /** Knows one county, Los Angeles, by name or code; a stand-in for the database lookup. */
    private static final Function<String, Optional<County>> COUNTIES = typed -> {
        String t = typed.trim().toLowerCase(Locale.ROOT);
        return t.equals("los angeles") || t.equals("06037") || t.equals("037") ? Optional.of(losAngeles()) : Optional.empty();
    };

    @Test
    void readsAGoodRosterWithQuotesAccentsAndCodesInAnyCase() {
        RosterCheck.Result result = check(HEADER
                + "Ana.Ruiz@Example.org,Ana,Ruiz,es,hispanic_latino,BILINGUAL_SPANISH,Los Angeles,\"Familias, Unidas \"\"LA\"\"\"\r\n"
                + "\n"
                + "ben@example.org,Ben,Ng,EN,,,037,\n", open(10));
        assertTrue(result.importable(), () -> result.problems().toString());
        RosterLine ana = result.lines().get(0);
        assertEquals(2, ana.line());
        assertEquals("ana.ruiz@example.org", ana.email());
        assertEquals(Language.ES, ana.preferredLanguage());
        assertEquals(RaceEthnicity.HISPANIC_LATINO, ana.raceEthnicity());
        assertEquals(LanguageBackground.BILINGUAL_SPANISH, ana.languageBackground());
        assertEquals("06037", ana.countyFips());
        assertEquals("Familias, Unidas \"LA\"", ana.agency());
        RosterLine ben = result.lines().get(1);
        assertEquals(4, ben.line(), "the blank line is skipped but still counted");
        assertNull(ben.raceEthnicity(), "an empty answer is 'not answered'");
        assertNull(ben.agency());
    }

    @Test
    void listsEveryBadLineWithItsNumberAndEveryReason() {
        RosterCheck.Result result = check(HEADER
                + "good@example.org,Good,Person,en,ASIAN,ENGLISH_ONLY,Los Angeles,Agency\n"
                + "not-an-email,,Person,fr,PURPLE,KLINGON,Atlantis,Agency\n"
                + "short@example.org,Only,Three\n"
                + "GOOD@example.org,Again,Person,en,,,,\n", open(10));
        assertFalse(result.importable());
        List<RosterProblem> problems = result.problems();
        assertEquals(List.of(3, 3, 3, 3, 3, 3, 4, 5), problems.stream().map(RosterProblem::line).toList());
        assertEquals(List.of("roster.email.invalid", "roster.firstName.invalid", "roster.preferredLanguage.invalid",
                        "roster.raceEthnicity.invalid", "roster.language.invalid", "roster.county.invalid",
                        "roster.fieldCount", "roster.email.duplicate"),
                problems.stream().map(RosterProblem::key).toList());
        assertEquals("The same email is already on line 2.", problems.get(7).message(Locale.ENGLISH));
        assertEquals("\"Atlantis\" no es el nombre ni el código FIPS de un condado de California.",
                problems.get(5).message(Locale.forLanguageTag("es")));
        assertTrue(result.lines().get(0).isValid(), "good lines stay good in the preview");
    }

    @Test
    void refusesPeopleAlreadyActiveInTheCohortAndSaysOnceHowManyNewPeopleExceedThePlacesLeft() {
        RosterCheck.Cohort cohort = new RosterCheck.Cohort(false, 3, 1, Set.of("old@example.org"), COUNTIES);
        RosterCheck.Result result = check(HEADER
                + "old@example.org,Old,Timer,en,,,,\n"
                + "a@example.org,A,A,en,,,,\n"
                + "b@example.org,B,B,en,,,,\n"
                + "c@example.org,C,C,en,,,,\n", cohort);
        assertEquals(List.of("roster.capacity", "roster.email.alreadyEnrolled"),
                result.problems().stream().map(RosterProblem::key).toList());
        assertEquals(List.of(RosterCheck.WHOLE_FILE, 2), result.problems().stream().map(RosterProblem::line).toList());
        assertEquals("3 new people, 2 places left in the cohort: raise its capacity or import fewer people.",
                result.problems().get(0).message(Locale.ENGLISH));
        assertFalse(result.importable());
    }

    @Test
    void aRosterFarBeyondAFullCohortGetsOneSummaryNotAProblemPerLine() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 177; i++) {
            csv.append("person").append(i).append("@example.org,Pat,Person,en,,,,\n");
        }
        RosterCheck.Result result = check(csv.toString(), new RosterCheck.Cohort(false, 40, 15, Set.of(), COUNTIES));
        assertEquals(1, result.problems().size(), "one problem, not 152");
        assertEquals("177 personas nuevas, 25 lugares libres en la cohorte: aumente su capacidad o importe menos personas.",
                result.problems().get(0).message(Locale.forLanguageTag("es")));
        assertEquals("One new person, no place left in the cohort: raise its capacity or import fewer people.",
                check(HEADER + "a@example.org,A,A,en,,,,\n", new RosterCheck.Cohort(false, 2, 2, Set.of(), COUNTIES))
                        .problems().get(0).message(Locale.ENGLISH));
    }

    @Test
    void aClosedCohortAWrongHeaderOrAnEmptyFileRefuseTheWholeFile() {
        RosterCheck.Result closed = RosterCheck.check(HEADER + "a@example.org,A,A,en,,,,\n",
                new RosterCheck.Cohort(true, 10, 0, Set.of(), COUNTIES));
        assertEquals(List.of("roster.cohortClosed"), closed.problems().stream().map(RosterProblem::key).toList());
        assertEquals(RosterCheck.WHOLE_FILE, closed.problems().get(0).line());
        assertFalse(closed.importable());

        RosterCheck.Result noHeader = check("a@example.org,A,A,en,,,,\n", open(10));
        assertEquals(List.of("roster.header"), noHeader.problems().stream().map(RosterProblem::key).toList());
        assertEquals(1, noHeader.problems().get(0).line());

        assertEquals(List.of("roster.empty"), check("", open(10)).problems().stream().map(RosterProblem::key).toList());
        assertEquals(List.of("roster.noPeople"), check("\uFEFF" + HEADER, open(10)).problems().stream()
                .map(RosterProblem::key).toList(), "a byte-order mark before the header is ignored");
    }

    @Test
    void aQuotedFieldMaySpanLinesAndProblemsPointAtItsFirstLine() {
        RosterCheck.Result result = check(HEADER
                + "a@example.org,A,A,en,,,,\"Two\nline agency\"\n"
                + "b@example.org,B,B,xx,,,,\n", open(10));
        assertEquals("Two\nline agency", result.lines().get(0).agency());
        assertEquals(4, result.problems().get(0).line());
    }

    @Test
    void anAgencyWithControlCharactersIsRefusedButMayHoldLineBreaks() {
        RosterCheck.Result result = check(HEADER
                + "a@example.org,A,A,en,,,,Familias\u202EUnidas\n"
                + "b@example.org,B,B,en,,,,\"Two\nlines\"\n", open(10));
        assertEquals(List.of("roster.agency.control"), result.lines().get(0).problems().stream().map(RosterProblem::key).toList());
        assertEquals(List.of(), result.lines().get(1).problems());
    }

    private static RosterCheck.Result check(String csv, RosterCheck.Cohort cohort) {
        return RosterCheck.check(csv, cohort);
    }

    private static RosterCheck.Cohort open(int capacity) {
        return new RosterCheck.Cohort(false, capacity, 0, Set.of(), COUNTIES);
    }

    private static County losAngeles() {
        try {
            var constructor = County.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            County county = constructor.newInstance();
            var fips = County.class.getDeclaredField("fips");
            fips.setAccessible(true);
            fips.set(county, "06037");
            return county;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

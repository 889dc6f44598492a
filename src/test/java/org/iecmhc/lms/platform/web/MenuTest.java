package org.iecmhc.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MenuTest {

    private static List<String> ids(Set<String> roles) {
        return Menu.visibleTo(roles::contains).stream().flatMap(group -> group.links().stream()).map(Menu.Link::id).toList();
    }

    private static List<String> headings(Set<String> roles) {
        return Menu.visibleTo(roles::contains).stream().map(Menu.Group::headingKey).toList();
    }

    @Test
    void everyLinkHasItsOwnIdAndOpensAPageThatExists() {
        List<Menu.Link> links = Stream.concat(Stream.of(Menu.HOME), Menu.LINKS.stream()).toList();
        assertEquals(links.size(), links.stream().map(Menu.Link::id).distinct().count());
        links.forEach(link -> assertTrue(Files.exists(Path.of("src/main/webapp" + link.page())), link.page()));
    }

    @Test
    void aTraineeSeesTheirCoursesHoursProgressAndAccount() {
        assertEquals(List.of("nav.group.myCourses", "nav.group.myHours", "nav.group.myProgress", "nav.group.account"),
                headings(Set.of("TRAINEE")));
        assertTrue(ids(Set.of("TRAINEE")).containsAll(List.of("nav-trainee-courses", "nav-practicum-log", "nav-progress",
                "nav-profile")));
    }

    @Test
    void helplineStaffSeeOnlyTheHelplineBesideTheirAccount() {
        assertEquals(List.of("nav-helpline-call", "nav-helpline-calls", "nav-helpline-import", "nav-follow-ups",
                "nav-referral-resources", "nav-helpline-statistics", "nav-referral-report", "nav-settings", "nav-my-calendar", "nav-calendar"),
                ids(Set.of("HELPLINE_STAFF")));
    }

    @Test
    void administrationIsForAdministratorsAndEmptyGroupsAreLeftOut() {
        assertTrue(ids(Set.of("ADMINISTRATOR")).containsAll(List.of("nav-accounts", "nav-audit", "nav-helpline-topics")));
        assertEquals(List.of("nav.group.program", "nav.group.services", "nav.group.reports", "nav.group.account"),
                headings(Set.of("FACULTY")));
        assertEquals(List.of("nav.group.services", "nav.group.account"), headings(Set.of("CONSULTANT")));
    }
}

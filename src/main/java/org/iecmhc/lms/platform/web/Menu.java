package org.iecmhc.lms.platform.web;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The main menu as one list: which page each link opens, who sees it and the group it sits in. The layout renders
 * it; the pages' own security constraints (web.xml) still decide who may open them. Roles are named as strings so
 * that the platform needs no feature's role type.
 */
@Named
@RequestScoped
public class Menu {

    /** A link, shown to the holders of any of {@code roles} (to everyone signed in when empty). */
    public record Link(String page, String id, String labelKey, Set<String> roles) {

        boolean visibleTo(Predicate<String> hasRole) {
            return roles.isEmpty() || roles.stream().anyMatch(hasRole);
        }
    }

    public record Group(String headingKey, List<Link> links) {
    }

    private static final String ADMINISTRATOR = "ADMINISTRATOR";
    private static final String FACULTY = "FACULTY";
    private static final String TRAINEE = "TRAINEE";
    private static final String HELPLINE_STAFF = "HELPLINE_STAFF";
    private static final String CONSULTANT = "CONSULTANT";

    static final Link HOME = new Link("/index.xhtml", "nav-home", "nav.home", Set.of());

    static final List<Group> GROUPS = List.of(
            new Group("nav.group.program", List.of(
                    new Link("/admin/cohorts.xhtml", "nav-cohorts", "nav.cohorts", Set.of(ADMINISTRATOR)),
                    new Link("/course/admin/courses.xhtml", "nav-courses", "nav.courses", Set.of(ADMINISTRATOR)),
                    new Link("/faculty/courses.xhtml", "nav-faculty-courses", "nav.myCourses", Set.of(FACULTY)),
                    new Link("/faculty/queue.xhtml", "nav-grading-queue", "nav.gradingQueue", Set.of(FACULTY)),
                    new Link("/practice/series-list.xhtml", "nav-practice", "nav.practice", Set.of(ADMINISTRATOR, FACULTY)),
                    new Link("/supervision/sessions.xhtml", "nav-supervision", "nav.supervision", Set.of(FACULTY, ADMINISTRATOR)),
                    new Link("/practicum/placements.xhtml", "nav-practicum-placements", "nav.practicumPlacements",
                            Set.of(ADMINISTRATOR, FACULTY)),
                    new Link("/practicum/review.xhtml", "nav-practicum-review", "nav.practicumReview", Set.of(FACULTY)),
                    new Link("/evaluation/competencies.xhtml", "nav-competencies", "nav.competencies", Set.of(FACULTY, ADMINISTRATOR)),
                    new Link("/completion/board.xhtml", "nav-completion", "nav.completion", Set.of(ADMINISTRATOR, FACULTY)))),
            new Group("nav.group.services", List.of(
                    new Link("/helpline/call.xhtml", "nav-helpline-call", "nav.helplineCall", Set.of(HELPLINE_STAFF, ADMINISTRATOR)),
                    new Link("/helpline/calls.xhtml", "nav-helpline-calls", "nav.helplineCalls", Set.of(HELPLINE_STAFF, ADMINISTRATOR)),
                    new Link("/helpline/import.xhtml", "nav-helpline-import", "nav.helplineImport", Set.of(HELPLINE_STAFF, ADMINISTRATOR)),
                    new Link("/opendoor/sessions.xhtml", "nav-opendoor", "nav.openDoor", Set.of(CONSULTANT, ADMINISTRATOR)),
                    new Link("/consultation/assignments.xhtml", "nav-consultation", "nav.consultation", Set.of(CONSULTANT, ADMINISTRATOR)),
                    new Link("/support/series-list.xhtml", "nav-support", "nav.support", Set.of(CONSULTANT, ADMINISTRATOR)),
                    new Link("/providers/providers.xhtml", "nav-providers", "nav.providers", Set.of(ADMINISTRATOR, CONSULTANT, FACULTY)))),
            new Group("nav.group.reports", List.of(
                    new Link("/reports/impact.xhtml", "nav-reports", "nav.reports", Set.of(ADMINISTRATOR)),
                    new Link("/evaluation/results.xhtml", "nav-evaluation-results", "nav.evaluationResults", Set.of(FACULTY, ADMINISTRATOR)))),
            new Group("nav.group.administration", List.of(
                    new Link("/admin/accounts.xhtml", "nav-accounts", "nav.accounts", Set.of(ADMINISTRATOR)),
                    new Link("/admin/audit.xhtml", "nav-audit", "nav.audit", Set.of(ADMINISTRATOR)),
                    new Link("/evaluation/templates.xhtml", "nav-evaluation-templates", "nav.evaluationTemplates", Set.of(ADMINISTRATOR)),
                    new Link("/helpline/topics.xhtml", "nav-helpline-topics", "nav.helplineTopics", Set.of(ADMINISTRATOR)))),
            new Group("nav.group.myCourses", List.of(
                    new Link("/trainee/courses.xhtml", "nav-trainee-courses", "nav.myCourses", Set.of(TRAINEE)),
                    new Link("/evaluation/courses.xhtml", "nav-course-evaluations", "nav.courseEvaluations", Set.of(TRAINEE)))),
            new Group("nav.group.myHours", List.of(
                    new Link("/practicum/log.xhtml", "nav-practicum-log", "nav.practicumLog", Set.of(TRAINEE)),
                    new Link("/supervision/mine.xhtml", "nav-my-supervision", "nav.mySupervision", Set.of(TRAINEE)),
                    new Link("/practice/mine.xhtml", "nav-my-practice", "nav.myPractice", Set.of(TRAINEE)))),
            new Group("nav.group.myProgress", List.of(
                    new Link("/completion/progress.xhtml", "nav-progress", "nav.myProgress", Set.of(TRAINEE)),
                    new Link("/evaluation/my-competency.xhtml", "nav-my-competency", "nav.myCompetency", Set.of(TRAINEE)))),
            new Group("nav.group.account", List.of(
                    new Link("/trainee/profile.xhtml", "nav-profile", "nav.profile", Set.of(TRAINEE)),
                    new Link("/account/settings.xhtml", "nav-settings", "nav.settings", Set.of()),
                    new Link("/calendar/feed.xhtml", "nav-calendar", "nav.calendar", Set.of()))));

    private List<Group> visible;

    public Link getHome() {
        return HOME;
    }

    /** The groups with the links the signed-in person may see; groups left empty are dropped. */
    public List<Group> getGroups() {
        if (visible == null) {
            visible = visibleTo(FacesContext.getCurrentInstance().getExternalContext()::isUserInRole);
        }
        return visible;
    }

    static List<Group> visibleTo(Predicate<String> hasRole) {
        return GROUPS.stream()
                .map(group -> new Group(group.headingKey(),
                        group.links().stream().filter(link -> link.visibleTo(hasRole)).toList()))
                .filter(group -> !group.links().isEmpty())
                .toList();
    }

    /** "page" for the link to the page being shown, for aria-current; "false" for every other. */
    public String current(Link link) {
        return link.page().equals(FacesContext.getCurrentInstance().getViewRoot().getViewId()) ? "page" : "false";
    }
}

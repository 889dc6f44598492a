package org.iecmhc.lms.platform.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The main menu as one list: which page each link opens, who sees it and the group it sits in. The layout renders
 * it ({@link MainMenu}); the pages' own security constraints (web.xml) still decide who may open them. Roles are
 * named as strings so that the platform needs no feature's role type.
 */
public final class Menu {

    /** A link, shown to the holders of any of {@code roles} (to everyone signed in when empty). */
    public record Link(String groupKey, String page, String id, String labelKey, Set<String> roles) {

        boolean visibleTo(Predicate<String> hasRole) {
            return roles.isEmpty() || roles.stream().anyMatch(hasRole);
        }
    }

    public record Group(String headingKey, List<Link> links) {
    }

    private static final Set<String> EVERYONE = Set.of();
    private static final Set<String> ADMINISTRATORS = Set.of("ADMINISTRATOR");
    private static final Set<String> FACULTY = Set.of("FACULTY");
    private static final Set<String> TRAINEES = Set.of("TRAINEE");
    private static final Set<String> PROGRAM_STAFF = Set.of("ADMINISTRATOR", "FACULTY");
    private static final Set<String> HELPLINE = Set.of("HELPLINE_STAFF", "ADMINISTRATOR");
    private static final Set<String> SERVICE_TIERS = Set.of("CONSULTANT", "ADMINISTRATOR");
    private static final Set<String> PROVIDER_REGISTRY = Set.of("ADMINISTRATOR", "CONSULTANT", "FACULTY");

    static final Link HOME = new Link(null, "/index.xhtml", "nav-home", "nav.home", EVERYONE);

    /** In the order shown; a group stands where its first link does. */
    static final List<Link> LINKS = List.of(
            new Link("nav.group.program", "/cohort/cohorts.xhtml", "nav-cohorts", "nav.cohorts", ADMINISTRATORS),
            new Link("nav.group.program", "/course/admin/courses.xhtml", "nav-courses", "nav.courses", ADMINISTRATORS),
            new Link("nav.group.program", "/course/teaching.xhtml", "nav-faculty-courses", "nav.myCourses", FACULTY),
            new Link("nav.group.program", "/course/queue.xhtml", "nav-grading-queue", "nav.gradingQueue", FACULTY),
            new Link("nav.group.program", "/community/series-list.xhtml", "nav-practice", "nav.practice", PROGRAM_STAFF),
            new Link("nav.group.program", "/supervision/sessions.xhtml", "nav-supervision", "nav.supervision", PROGRAM_STAFF),
            new Link("nav.group.program", "/practicum/placements.xhtml", "nav-practicum-placements", "nav.practicumPlacements", PROGRAM_STAFF),
            new Link("nav.group.program", "/practicum/review.xhtml", "nav-practicum-review", "nav.practicumReview", FACULTY),
            new Link("nav.group.program", "/evaluation/competencies.xhtml", "nav-competencies", "nav.competencies", PROGRAM_STAFF),
            new Link("nav.group.program", "/completion/board.xhtml", "nav-completion", "nav.completion", PROGRAM_STAFF),
            new Link("nav.group.program", "/announcement/announcements.xhtml", "nav-announcements", "announcement.nav", PROGRAM_STAFF),
            new Link("nav.group.program", "/forum/forums.xhtml", "nav-forums", "forum.nav", PROGRAM_STAFF),
            new Link("nav.group.services", "/helpline/call.xhtml", "nav-helpline-call", "nav.helplineCall", HELPLINE),
            new Link("nav.group.services", "/helpline/calls.xhtml", "nav-helpline-calls", "nav.helplineCalls", HELPLINE),
            new Link("nav.group.services", "/helpline/import.xhtml", "nav-helpline-import", "nav.helplineImport", HELPLINE),
            new Link("nav.group.services", "/helpline/follow-ups.xhtml", "nav-follow-ups", "followUp.nav", HELPLINE),
            new Link("nav.group.services", "/helpline/resources.xhtml", "nav-referral-resources", "referral.nav.resources", HELPLINE),
            new Link("nav.group.services", "/helpline/statistics.xhtml", "nav-helpline-statistics", "hlstats.nav", HELPLINE),
            new Link("nav.group.services", "/opendoor/sessions.xhtml", "nav-opendoor", "nav.openDoor", SERVICE_TIERS),
            new Link("nav.group.services", "/consultation/assignments.xhtml", "nav-consultation", "nav.consultation", SERVICE_TIERS),
            new Link("nav.group.services", "/consultation/requests.xhtml", "nav-consultation-requests", "handOff.nav", ADMINISTRATORS),
            new Link("nav.group.services", "/support/series-list.xhtml", "nav-support", "nav.support", SERVICE_TIERS),
            new Link("nav.group.services", "/webinar/webinars.xhtml", "nav-webinars", "nav.webinars", SERVICE_TIERS),
            new Link("nav.group.services", "/provider/providers.xhtml", "nav-providers", "nav.providers", PROVIDER_REGISTRY),
            new Link("nav.group.reports", "/reporting/impact.xhtml", "nav-reports", "nav.reports", ADMINISTRATORS),
            new Link("nav.group.reports", "/reporting/testimonials.xhtml", "nav-testimonials", "testimonial.nav", ADMINISTRATORS),
            new Link("nav.group.reports", "/evaluation/results.xhtml", "nav-evaluation-results", "nav.evaluationResults", PROGRAM_STAFF),
            new Link("nav.group.reports", "/helpline/referrals.xhtml", "nav-referral-report", "referral.nav.report", HELPLINE),
            new Link("nav.group.administration", "/account/accounts.xhtml", "nav-accounts", "nav.accounts", ADMINISTRATORS),
            new Link("nav.group.administration", "/audit/log.xhtml", "nav-audit", "nav.audit", ADMINISTRATORS),
            new Link("nav.group.administration", "/privacy/registrants.xhtml", "nav-registrant-data", "registrantData.nav", ADMINISTRATORS),
            new Link("nav.group.administration", "/mail/outbox.xhtml", "nav-outbox", "nav.outbox", ADMINISTRATORS),
            new Link("nav.group.administration", "/evaluation/templates.xhtml", "nav-evaluation-templates", "nav.evaluationTemplates", ADMINISTRATORS),
            new Link("nav.group.administration", "/helpline/topics.xhtml", "nav-helpline-topics", "nav.helplineTopics", ADMINISTRATORS),
            new Link("nav.group.myCourses", "/course/mine.xhtml", "nav-trainee-courses", "nav.myCourses", TRAINEES),
            new Link("nav.group.myCourses", "/evaluation/courses.xhtml", "nav-course-evaluations", "nav.courseEvaluations", TRAINEES),
            new Link("nav.group.myCourses", "/forum/forums.xhtml", "nav-my-forums", "forum.nav", TRAINEES),
            new Link("nav.group.myHours", "/practicum/log.xhtml", "nav-practicum-log", "nav.practicumLog", TRAINEES),
            new Link("nav.group.myHours", "/supervision/mine.xhtml", "nav-my-supervision", "nav.mySupervision", TRAINEES),
            new Link("nav.group.myHours", "/community/mine.xhtml", "nav-my-practice", "nav.myPractice", TRAINEES),
            new Link("nav.group.myProgress", "/completion/progress.xhtml", "nav-progress", "nav.myProgress", TRAINEES),
            new Link("nav.group.myProgress", "/evaluation/my-competency.xhtml", "nav-my-competency", "nav.myCompetency", TRAINEES),
            new Link("nav.group.account", "/cohort/my-profile.xhtml", "nav-profile", "nav.profile", TRAINEES),
            new Link("nav.group.account", "/account/settings.xhtml", "nav-settings", "nav.settings", EVERYONE),
            new Link("nav.group.account", "/calendar/calendar.xhtml", "nav-my-calendar", "calendar.nav", EVERYONE),
            new Link("nav.group.account", "/calendar/feed.xhtml", "nav-calendar", "nav.calendar", EVERYONE));

    private Menu() {
    }

    /**
     * The groups with the links the holder of these roles may see; a group with none is left out. Each role is asked
     * once: the container answers it through the authorization provider, and links share roles.
     */
    static List<Group> visibleTo(Predicate<String> hasRole) {
        Map<String, Boolean> answers = new HashMap<>();
        Predicate<String> asked = role -> answers.computeIfAbsent(role, hasRole::test);
        Map<String, List<Link>> groups = new LinkedHashMap<>();
        LINKS.stream().filter(link -> link.visibleTo(asked))
                .forEach(link -> groups.computeIfAbsent(link.groupKey(), key -> new ArrayList<>()).add(link));
        return groups.entrySet().stream().map(group -> new Group(group.getKey(), List.copyOf(group.getValue()))).toList();
    }
}

package org.iecmhc.lms.platform.web;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages moved so that their folder names the feature that owns them (issue 13). Bookmarks, e-mailed links and
 * history keep working: a GET of an old address answers 301 with the new one, query string kept. An old address
 * that still has a page of its own is left alone, so the table can never hide a page.
 */
@WebFilter(filterName = "movedPages", urlPatterns = {"/admin/*", "/faculty/*", "/trainee/*", "/practice/*", "/providers/*", "/reports/*"})
public class MovedPages extends HttpFilter {

    static final Map<String, String> MOVED = Map.ofEntries(
            Map.entry("/admin/cohorts.xhtml", "/cohort/cohorts.xhtml"),
            Map.entry("/admin/cohort.xhtml", "/cohort/cohort.xhtml"),
            Map.entry("/admin/enrollments.xhtml", "/cohort/enrollments.xhtml"),
            Map.entry("/admin/roster.xhtml", "/cohort/roster.xhtml"),
            Map.entry("/admin/profile.xhtml", "/cohort/profile.xhtml"),
            Map.entry("/trainee/profile.xhtml", "/cohort/my-profile.xhtml"),
            Map.entry("/admin/accounts.xhtml", "/account/accounts.xhtml"),
            Map.entry("/admin/account.xhtml", "/account/account.xhtml"),
            Map.entry("/admin/audit.xhtml", "/audit/log.xhtml"),
            Map.entry("/faculty/courses.xhtml", "/course/teaching.xhtml"),
            Map.entry("/faculty/grade.xhtml", "/course/grade.xhtml"),
            Map.entry("/faculty/gradebook.xhtml", "/course/gradebook.xhtml"),
            Map.entry("/faculty/queue.xhtml", "/course/queue.xhtml"),
            Map.entry("/trainee/courses.xhtml", "/course/mine.xhtml"),
            Map.entry("/trainee/assignment.xhtml", "/course/assignment.xhtml"),
            Map.entry("/practice/mine.xhtml", "/community/mine.xhtml"),
            Map.entry("/practice/series-list.xhtml", "/community/series-list.xhtml"),
            Map.entry("/practice/series.xhtml", "/community/series.xhtml"),
            Map.entry("/providers/providers.xhtml", "/provider/providers.xhtml"),
            Map.entry("/providers/provider.xhtml", "/provider/provider.xhtml"),
            Map.entry("/reports/impact.xhtml", "/reporting/impact.xhtml"),
            Map.entry("/reports/demographics.xhtml", "/reporting/demographics.xhtml"),
            Map.entry("/reports/completion.xhtml", "/reporting/completion.xhtml"));

    /** The new address of an old page path with its query, if that page moved. */
    static Optional<String> newAddress(String path, String query) {
        return Optional.ofNullable(MOVED.get(path)).map(moved -> query == null ? moved : moved + "?" + query);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<String> moved = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                ? newAddress(path, request.getQueryString()) : Optional.empty();
        if (moved.isPresent() && getServletContext().getResource(path) == null) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + moved.get());
            return;
        }
        chain.doFilter(request, response);
    }
}

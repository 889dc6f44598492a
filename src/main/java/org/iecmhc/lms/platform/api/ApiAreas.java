package org.iecmhc.lms.platform.api;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import org.iecmhc.lms.platform.api.ApiScope.Access;
import org.iecmhc.lms.platform.api.ApiScope.Area;

/**
 * The one place that says which area of the API each call belongs to, by its resource's address (so that platform
 * names no feature), and so which scope a token needs for it: a GET, HEAD or OPTIONS reads, any other method writes.
 * A resource missing here is refused to every token ({@code ApiAreasTest} checks that none is missing); calls that
 * need no sign-in ({@code @PermitAll}) need no scope either.
 */
public final class ApiAreas {

    private static final Map<String, Area> BY_ADDRESS = Map.ofEntries(
            Map.entry("/me", Area.ACCOUNTS),
            Map.entry("/tokens", Area.ACCOUNTS),
            Map.entry("/notifications", Area.ACCOUNTS),
            Map.entry("/accounts/{id}/export", Area.ACCOUNTS),
            Map.entry("/accounts", Area.ACCOUNTS),
            Map.entry("/registrants", Area.ACCOUNTS),
            Map.entry("/cohorts", Area.PROGRAM),
            Map.entry("/cohorts/{id}/completion", Area.PROGRAM),
            Map.entry("/certificates", Area.PROGRAM),
            Map.entry("/cohorts/{id}/enrollments", Area.PROGRAM),
            Map.entry("/profiles", Area.PROGRAM),
            Map.entry("/submissions", Area.PROGRAM),
            Map.entry("/courses", Area.PROGRAM),
            Map.entry("/evaluation/courses", Area.PROGRAM),
            Map.entry("/evaluation/competencies", Area.PROGRAM),
            Map.entry("/supervision/sessions", Area.HOURS),
            Map.entry("/practicum", Area.HOURS),
            Map.entry("/community/meetings", Area.HOURS),
            Map.entry("/community/meetings/import", Area.HOURS),
            Map.entry("/supervision/sessions/import", Area.HOURS),
            Map.entry("/helpline/calls", Area.SERVICES),
            Map.entry("/consultation/assignments", Area.SERVICES),
            Map.entry("/consultation/assignments/import", Area.SERVICES),
            Map.entry("/opendoor/sessions", Area.SERVICES),
            Map.entry("/opendoor/sessions/import", Area.SERVICES),
            Map.entry("/support/series", Area.SERVICES),
            Map.entry("/support/series/import", Area.SERVICES),
            Map.entry("/webinars", Area.SERVICES),
            Map.entry("/providers", Area.SERVICES),
            Map.entry("/reports", Area.REPORTS),
            Map.entry("/reports/helpline", Area.REPORTS),
            Map.entry("/reports/referrals", Area.REPORTS));

    private static final Set<String> READING_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    private ApiAreas() {
    }

    /** The scope a token needs for this resource method; empty when the resource belongs to no area. */
    public static Optional<ApiScope> scopeOf(Class<?> resource, Method method) {
        Path path = resource.getAnnotation(Path.class);
        Area area = path == null ? null : BY_ADDRESS.get(normalized(path.value()));
        if (area == null) {
            return Optional.empty();
        }
        boolean reads = method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(HEAD.class)
                || method.isAnnotationPresent(OPTIONS.class);
        return Optional.of(new ApiScope(area, reads ? Access.READ : Access.WRITE));
    }

    /**
     * The scope a call needs by its address below {@code /api/v1} ({@code /cohorts/{id}/roster}) and method: the area
     * of the longest resource address it starts with. For the OpenAPI document, which knows no resource classes.
     */
    public static Optional<ApiScope> scopeOf(String address, String method) {
        String path = normalized(address);
        return BY_ADDRESS.entrySet().stream()
                .filter(entry -> path.equals(entry.getKey()) || path.startsWith(entry.getKey() + "/"))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(entry -> new ApiScope(entry.getValue(), READING_METHODS.contains(method.toUpperCase(Locale.ROOT))
                        ? Access.READ : Access.WRITE));
    }

    private static String normalized(String address) {
        String withSlash = address.startsWith("/") ? address : "/" + address;
        return withSlash.length() > 1 && withSlash.endsWith("/") ? withSlash.substring(0, withSlash.length() - 1) : withSlash;
    }
}

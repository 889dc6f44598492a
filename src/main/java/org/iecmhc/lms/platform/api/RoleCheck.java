package org.iecmhc.lms.platform.api;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces {@code @RolesAllowed} on resource methods (or their class). A resource with neither
 * {@code @RolesAllowed} nor {@code @PermitAll} is refused to everyone, so forgetting to declare access fails closed.
 * A call made with an access token must also fall within the token's scopes ({@link ApiAreas}): the roles say what
 * the person may do now, the scopes what they let this token do of it.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        String[] allowed = rolesAllowed(resource.getResourceMethod(), resource.getResourceClass());
        if (allowed != null) {
            context.register(new Filter(allowed,
                    ApiAreas.scopeOf(resource.getResourceClass(), resource.getResourceMethod())));
        }
    }

    private static String[] rolesAllowed(AnnotatedElement method, AnnotatedElement type) {
        for (AnnotatedElement element : new AnnotatedElement[] {method, type}) {
            if (element.isAnnotationPresent(PermitAll.class)) {
                return null;
            }
            RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                return roles.value();
            }
        }
        return new String[0];
    }

    /** needed is empty for a resource of no area: no token opens it. */
    private record Filter(String[] roles, Optional<ApiScope> needed) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            boolean allowed = Arrays.stream(roles).anyMatch(role -> request.getSecurityContext().isUserInRole(role));
            if (!allowed) {
                request.abortWith(ApiError.response(Response.Status.FORBIDDEN, "forbidden"));
                return;
            }
            // In a servlet container the request's properties are the servlet request's attributes.
            if (request.getProperty(ApiScope.GRANTED) instanceof Collection<?> granted
                    && needed.filter(scope -> scope.isGrantedBy(granted.stream()
                            .filter(ApiScope.class::isInstance).map(ApiScope.class::cast).toList())).isEmpty()) {
                request.abortWith(ApiError.response(Response.Status.FORBIDDEN, needed
                        .map(scope -> "this token's scopes do not include " + scope.code())
                        .orElse("no access token opens this call")));
            }
        }
    }
}

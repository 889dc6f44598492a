package org.iecmhc.lms.platform.api;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;

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
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        String[] allowed = rolesAllowed(resource.getResourceMethod(), resource.getResourceClass());
        if (allowed != null) {
            context.register(new Filter(allowed));
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

    private record Filter(String[] roles) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            boolean allowed = Arrays.stream(roles).anyMatch(role -> request.getSecurityContext().isUserInRole(role));
            if (!allowed) {
                request.abortWith(ApiError.response(Response.Status.FORBIDDEN, "forbidden"));
            }
        }
    }
}

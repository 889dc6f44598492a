package org.iecmhc.lms.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

/** One request's viewer asks the container each question once, and sees a caller who signs in during the request. */
class CurrentViewerTest {

    @Test
    void eachRoleAndTheCallerAreAskedOnceARequest() {
        Container container = new Container();
        container.caller = () -> "trainee@example.org";
        CurrentViewer viewer = viewerOf(container);
        for (int i = 0; i < 5; i++) {
            assertTrue(viewer.isSignedIn());
            assertEquals(new Viewer("trainee@example.org", false), viewer.get());
            assertTrue(viewer.hasRole(Roles.TRAINEE));
        }
        assertEquals(1, container.callerQuestions);
        assertEquals(List.of(Roles.ADMINISTRATOR, Roles.TRAINEE), container.roleQuestions);
    }

    @Test
    void theEmailAloneAsksForNoRole() {
        Container container = new Container();
        container.caller = () -> "trainee@example.org";
        assertEquals("trainee@example.org", viewerOf(container).email());
        assertEquals(List.of(), container.roleQuestions);
    }

    @Test
    void aCallerWhoSignsInDuringTheRequestIsSeenAfterwards() {
        Container container = new Container();
        CurrentViewer viewer = viewerOf(container);
        assertFalse(viewer.isSignedIn());
        container.caller = () -> "admin@example.org";
        container.administrator = true;
        assertTrue(viewer.isSignedIn());
        assertEquals(new Viewer("admin@example.org", true), viewer.get());
    }

    private static CurrentViewer viewerOf(SecurityContext container) {
        CurrentViewer viewer = new CurrentViewer();
        viewer.security = container;
        return viewer;
    }

    /** A container's security context that counts the questions put to it. */
    private static final class Container implements SecurityContext {
        Principal caller;
        boolean administrator;
        int callerQuestions;
        final List<String> roleQuestions = new ArrayList<>();

        @Override
        public Principal getCallerPrincipal() {
            callerQuestions++;
            return caller;
        }

        @Override
        public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
            return Set.of();
        }

        @Override
        public boolean isCallerInRole(String role) {
            roleQuestions.add(role);
            return administrator ? Roles.ADMINISTRATOR.equals(role) : Roles.TRAINEE.equals(role);
        }

        @Override
        public boolean hasAccessToWebResource(String resource, String... methods) {
            return false;
        }

        @Override
        public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                AuthenticationParameters parameters) {
            return AuthenticationStatus.NOT_DONE;
        }
    }
}

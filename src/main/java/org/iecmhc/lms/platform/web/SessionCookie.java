package org.iecmhc.lms.platform.web;

import java.util.Set;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when people reach the application over TLS ({@code lms.https}), directly or
 * through a load balancer that ends TLS: in the second case the container sees plain HTTP and cannot tell.
 * HttpOnly is in web.xml, SameSite=Lax in payara-web.xml.
 * <p>
 * A container initializer (META-INF/services), not a listener: the servlet specification lets only an initializer
 * or a listener declared in web.xml change the session cookie; one declared with {@code @WebListener} is refused.
 */
public class SessionCookie implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        boolean https = ConfigProvider.getConfig(SessionCookie.class.getClassLoader())
                .getOptionalValue("lms.https", Boolean.class).orElse(false);
        if (https) {
            // Otherwise Payara's default stays: Secure exactly when the request that opened the session was HTTPS.
            context.getSessionCookieConfig().setSecure(true);
        }
    }
}

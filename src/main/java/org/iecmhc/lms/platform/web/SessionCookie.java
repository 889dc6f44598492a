package org.iecmhc.lms.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when the application is served over TLS ({@code lms.https}), directly or by a
 * load balancer that ends TLS: the container cannot tell in the second case. HttpOnly and SameSite=Lax are in
 * web.xml.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean https = ConfigProvider.getConfig(SessionCookie.class.getClassLoader())
                .getOptionalValue("lms.https", Boolean.class).orElse(false);
        if (https) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}

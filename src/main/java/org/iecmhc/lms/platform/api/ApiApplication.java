package org.iecmhc.lms.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API. Every call authenticates as one of the accounts of the pages: with an access token
 * ({@code Authorization: Bearer}, the fast way, limited to the token's scopes) or with HTTP Basic (a password, for
 * people's own scripts, checked with a slow hash and rate-limited).
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "IECMHC Network LMS API", version = "1",
                description = "Cohorts, training records, service-tier records and reports of the IECMHC Network."),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An access token made on the account settings page or with POST /api/v1/tokens")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The account's email and password; slower and rate-limited")
public class ApiApplication extends Application {
}

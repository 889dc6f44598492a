package org.iecmhc.lms.identity.sso;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity provider this application trusts ({@code lms.oidc.issuer}, {@code lms.oidc.client-id},
 * {@code lms.oidc.client-secret}); single sign-on is off unless all three are set. The sign-in page asks
 * {@code #{sso.configured}} whether to offer it.
 */
@Named("sso")
@ApplicationScoped
public class OidcSettings {

    private String issuer;
    private String clientId;
    private String clientSecret;

    protected OidcSettings() {
    }

    @Inject
    public OidcSettings(@ConfigProperty(name = "lms.oidc.issuer") Optional<String> issuer,
                        @ConfigProperty(name = "lms.oidc.client-id") Optional<String> clientId,
                        @ConfigProperty(name = "lms.oidc.client-secret") Optional<String> clientSecret) {
        // The issuer is compared with the token's "iss" character for character, so it is kept as configured.
        this.issuer = issuer.map(String::strip).filter(value -> !value.isEmpty()).orElse(null);
        this.clientId = clientId.map(String::strip).filter(value -> !value.isEmpty()).orElse(null);
        this.clientSecret = clientSecret.filter(value -> !value.isEmpty()).orElse(null);
    }

    public boolean isConfigured() {
        return issuer != null && clientId != null && clientSecret != null;
    }

    String issuer() {
        return issuer;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }
}

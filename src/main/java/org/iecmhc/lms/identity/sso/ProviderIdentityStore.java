package org.iecmhc.lms.identity.sso;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;

/**
 * Jakarta Security's view of a sign-in through the identity provider: the caller is the account's e-mail and the
 * groups its roles, as for a password. The account is read again here, so that one deactivated since the provider
 * answered is refused.
 */
@ApplicationScoped
public class ProviderIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ProviderVouched vouched)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.findByEmail(vouched.getCaller()).filter(account -> account.isActive())
                .map(account -> new CredentialValidationResult(account.getEmail(),
                        account.getRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

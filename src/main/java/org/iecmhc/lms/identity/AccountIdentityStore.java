package org.iecmhc.lms.identity;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Jakarta Security's view of the account table: the caller is the email, the groups are the roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIns signIn;

    @Inject
    LastSignIn lastSignIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInOutcome outcome = signIn.verify(login.getCaller(), login.getPasswordAsString());
        lastSignIn.record(outcome);
        if (outcome.status() != SignInOutcome.Status.ACCEPTED) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.email(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}

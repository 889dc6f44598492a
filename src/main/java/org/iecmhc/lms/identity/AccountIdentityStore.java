package org.iecmhc.lms.identity;

import java.util.Optional;
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

    @Inject
    VerifiedCredentials verified;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInOutcome outcome = check(login.getCaller(), login.getPasswordAsString());
        lastSignIn.record(outcome);
        if (outcome.status() != SignInOutcome.Status.ACCEPTED) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.email(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    /**
     * A sign-in accepted a moment ago is taken again, without hashing the password, while the account stands as it
     * did then; otherwise the password is checked as at a first sign-in. An API call thus costs at most one PBKDF2.
     */
    private SignInOutcome check(String email, String password) {
        Optional<SignInOutcome> remembered = verified.recall(email, password);
        if (remembered.isPresent()) {
            if (signIn.standsAsAccepted(remembered.get().email(), remembered.get().securityStamp())) {
                return remembered.get();
            }
            verified.forget(email, password);
        }
        SignInOutcome outcome = signIn.verify(email, password);
        if (outcome.status() == SignInOutcome.Status.ACCEPTED) {
            verified.remember(email, password, outcome);
        }
        return outcome;
    }
}

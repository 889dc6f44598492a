package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"maria@example.org", "  Maria.Lopez@Agency.CA.gov ", "a+b@sub.example.org"})
    void acceptsWellFormedEmails(String email) {
        assertTrue(AccountRules.emailProblem(email).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria", "maria@", "@example.org", "maria@example", "maria lopez@example.org",
            "maria@@example.org", "maria@example..org"})
    void refusesMalformedEmails(String email) {
        assertEquals(Optional.of("account.email.malformed"), AccountRules.emailProblem(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void asksForAnEmailWhenEmpty(String email) {
        assertEquals(Optional.of("account.email.required"), AccountRules.emailProblem(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars", "            "})
    void refusesPasswordsUnderTwelveCharacters(String password) {
        assertEquals(Optional.of("account.password.tooShort"), AccountRules.passwordProblem(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"twelve chars", "a much longer pass phrase"})
    void acceptsPasswordsOfTwelveCharactersOrMore(String password) {
        assertTrue(AccountRules.passwordProblem(password).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void asksForNames(String name) {
        assertEquals(Optional.of("account.name.required"), AccountRules.nameProblem(name));
    }
}

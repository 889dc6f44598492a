package org.iecmhc.lms.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.iecmhc.lms.platform.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A letter has one clean recipient and an absolute link, whatever a feature hands it. */
class LetterTest {

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.org\r\nBcc: x@example.org", "ana@example.org\n", " ana@example.org",
            "ana@example.org, ben@example.org", "not an address", ""})
    void refusesAnythingButOneAddress(String to) {
        assertThrows(IllegalArgumentException.class, () -> letter(to, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/account/settings.xhtml", "javascript:alert(1)", "https://lms.example.org/a\r\nX: y"})
    void refusesALinkThatIsNotOneAbsoluteAddress(String link) {
        assertThrows(IllegalArgumentException.class, () -> letter("ana@example.org", link));
    }

    @Test
    void keepsItsOwnCopyOfTheArguments() {
        List<String> arguments = new ArrayList<>(List.of("Ben"));
        Letter letter = new Letter("ana@example.org", Language.EN, "mail.test.subject", "mail.test.body", arguments,
                "https://lms.example.org/", "mail.test.reason");
        arguments.set(0, "changed");
        assertEquals(List.of("Ben"), letter.arguments());
    }

    @Test
    void publicLinksStartAtTheConfiguredAddressOrTheDevelopersMachine() {
        assertEquals("https://lms.example.org/lms/account/settings.xhtml",
                new PublicLinks(Optional.of(" https://lms.example.org/lms// ")).to("/account/settings.xhtml"));
        assertEquals("http://localhost:8080/x?token=1", new PublicLinks(Optional.of("")).to("x?token=1"));
        assertEquals("http://localhost:8080/x", new PublicLinks(Optional.empty()).to("/x"));
    }

    private static Letter letter(String to, String link) {
        return new Letter(to, Language.EN, "mail.test.subject", "mail.test.body", List.of(), link, "mail.test.reason");
    }
}

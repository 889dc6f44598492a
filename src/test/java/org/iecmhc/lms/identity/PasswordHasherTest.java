package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void acceptsTheSamePasswordAndRefusesAnother() {
        String stored = hasher.hash("correct horse battery");
        assertTrue(hasher.matches("correct horse battery", stored));
        assertFalse(hasher.matches("correct horse batterY", stored));
        assertFalse(hasher.matches("", stored));
        assertFalse(hasher.matches(null, stored));
    }

    @Test
    void storesAlgorithmIterationsAndARandomSaltNeverThePassword() {
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");
        assertTrue(first.startsWith("PBKDF2WithHmacSHA256:" + PasswordHasher.ITERATIONS + ":"));
        assertFalse(first.contains("correct horse battery"));
        assertNotEquals(first, second, "each hash has its own salt");
    }

    @Test
    void refusesMalformedStoredValues() {
        assertFalse(hasher.matches("anything at all", "plain-text"));
        assertFalse(hasher.matches("anything at all", "MD5:1:AAAA:BBBB"));
        assertFalse(hasher.matches("anything at all", null));
    }
}

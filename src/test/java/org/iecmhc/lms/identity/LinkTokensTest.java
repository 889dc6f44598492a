package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A link's token: 256 random bits fit for an address, stored only as its SHA-256. */
class LinkTokensTest {

    @Test
    void tokensAre256RandomBitsWrittenForAnAddress() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = LinkTokens.newToken();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            tokens.add(token);
        }
        assertEquals(1000, tokens.size(), "no token repeats");
    }

    @Test
    void theStoredFormIsTheSha256InHexAndAnyTypedTextGetsOne() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", LinkTokens.hashOf("abc"));
        String token = LinkTokens.newToken();
        assertEquals(LinkTokens.hashOf(token), LinkTokens.hashOf(token));
        assertNotEquals(LinkTokens.hashOf(token), LinkTokens.hashOf(token + "x"));
        assertEquals(64, LinkTokens.hashOf(null).length());
    }
}

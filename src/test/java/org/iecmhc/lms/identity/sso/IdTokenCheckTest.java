package org.iecmhc.lms.identity.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.iecmhc.lms.testsupport.IdentityProvider;
import org.junit.jupiter.api.Test;

/** The checks of an ID token, on tokens signed here with keys of our own, and on one of a real provider. */
class IdTokenCheckTest {

    private static final String ISSUER = "https://id.example.org/network";
    private static final String CLIENT = "iecmhc-lms";
    private static final String NONCE = "the-nonce-of-this-sign-in";
    private static final Instant NOW = Instant.parse("2026-03-02T17:00:00Z");
    private static final KeyPair PROVIDER = rsaKeys();
    private static final KeyPair FORGER = rsaKeys();
    private static final ProviderKeys KEYS = ProviderKeys.of(Map.of("key-1", (RSAPublicKey) PROVIDER.getPublic()));
    private static final IdTokenCheck CHECK = new IdTokenCheck(ISSUER, CLIENT);

    @Test
    void aTokenSignedByTheProviderForThisSignInVouchesForItsAddress() throws TokenRejected {
        VerifiedIdentity identity = CHECK.check(token(claims().build(), PROVIDER.getPrivate()), KEYS, NONCE, NOW);
        assertEquals("ana@example.org", identity.email());
        assertTrue(identity.emailVerified());
        JsonObject unverified = claims().add("email_verified", false).build();
        assertFalse(CHECK.check(token(unverified, PROVIDER.getPrivate()), KEYS, NONCE, NOW).emailVerified());
        JsonObject severalWithUsAsParty = claims().add("aud", Json.createArrayBuilder().add("other").add(CLIENT))
                .add("azp", CLIENT).build();
        assertEquals("ana@example.org",
                CHECK.check(token(severalWithUsAsParty, PROVIDER.getPrivate()), KEYS, NONCE, NOW).email());
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        assertRefused(token(claims().build(), FORGER.getPrivate()), "signature");
        String genuine = token(claims().build(), PROVIDER.getPrivate());
        String[] parts = genuine.split("\\.");
        String changedClaims = encode(claims().add("email", "mallory@example.org").build().toString());
        assertRefused(parts[0] + "." + changedClaims + "." + parts[2], "signature");
    }

    @Test
    void anUnsignedOrOtherwiseSignedTokenIsRefused() {
        String none = encode("{\"alg\":\"none\",\"kid\":\"key-1\"}");
        assertRefused(none + "." + encode(claims().build().toString()) + ".", "none");
        String hmac = encode("{\"alg\":\"HS256\",\"kid\":\"key-1\"}");
        assertRefused(hmac + "." + encode(claims().build().toString()) + ".c2lnbmF0dXJl", "HS256");
        assertRefused("not a token", "not a signed JWT");
        assertRefused(null, "not a signed JWT");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefused(token(claims().add("aud", "another-application").build(), PROVIDER.getPrivate()), "audience");
        JsonObject severalOtherParty = claims().add("aud", Json.createArrayBuilder().add(CLIENT).add("other"))
                .add("azp", "other").build();
        assertRefused(token(severalOtherParty, PROVIDER.getPrivate()), "authorized party");
        assertRefused(token(claims().add("aud", Json.createArrayBuilder().add("other")).build(), PROVIDER.getPrivate()),
                "audience");
    }

    @Test
    void anExpiredTokenIsRefused() {
        long expired = NOW.minus(IdTokenCheck.CLOCK_SKEW).getEpochSecond() - 1;
        assertRefused(token(claims().add("exp", expired).build(), PROVIDER.getPrivate()), "expired");
        JsonObject withoutExpiry = Json.createObjectBuilder(claims().build()).remove("exp").build();
        assertRefused(token(withoutExpiry, PROVIDER.getPrivate()), "expiry");
    }

    @Test
    void aTokenOfAnotherSignInOrIssuerIsRefused() {
        assertRefused(token(claims().add("nonce", "another-sign-in").build(), PROVIDER.getPrivate()), "nonce");
        JsonObject withoutNonce = Json.createObjectBuilder(claims().build()).remove("nonce").build();
        assertRefused(token(withoutNonce, PROVIDER.getPrivate()), "nonce");
        assertRefused(token(claims().add("iss", "https://elsewhere.example.org").build(), PROVIDER.getPrivate()), "issuer");
    }

    @Test
    void aTokenNamingAKeyTheProviderDoesNotHaveIsRefusedAsAnUnknownKey() {
        String token = token(claims().build(), PROVIDER.getPrivate(), "rotated-key");
        assertThrows(IdTokenCheck.UnknownKey.class, () -> CHECK.check(token, KEYS, NONCE, NOW));
    }

    @Test
    void aTokenOfARealProviderPassesWithItsPublishedKeys() throws TokenRejected {
        String token = IdentityProvider.issueToken(Map.of("email", "real@example.org", "email_verified", true,
                "nonce", NONCE));
        ProviderKeys published = ProviderKeys.parse(IdentityProvider.keySet());
        IdTokenCheck check = new IdTokenCheck(IdentityProvider.tokenIssuer(), IdentityProvider.CLIENT_ID);
        VerifiedIdentity identity = check.check(token, published, NONCE, Instant.now());
        assertEquals("real@example.org", identity.email());
        assertTrue(identity.emailVerified());
        TokenRejected otherNonce = assertThrows(TokenRejected.class,
                () -> check.check(token, published, "another-sign-in", Instant.now()));
        assertTrue(otherNonce.getMessage().contains("nonce"), otherNonce.getMessage());
    }

    private static void assertRefused(String token, String why) {
        TokenRejected rejected = assertThrows(TokenRejected.class, () -> CHECK.check(token, KEYS, NONCE, NOW));
        assertTrue(rejected.getMessage().contains(why), rejected.getMessage());
    }

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder().add("iss", ISSUER).add("sub", "248289761001").add("aud", CLIENT)
                .add("exp", NOW.plusSeconds(300).getEpochSecond()).add("iat", NOW.getEpochSecond())
                .add("nonce", NONCE).add("email", "ana@example.org").add("email_verified", true);
    }

    private static String token(JsonObject claims, PrivateKey key) {
        return token(claims, key, "key-1");
    }

    private static String token(JsonObject claims, PrivateKey key, String keyId) {
        String signed = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}") + "."
                + encode(claims.toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

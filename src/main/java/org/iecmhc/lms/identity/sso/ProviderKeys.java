package org.iecmhc.lms.identity.sso;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.iecmhc.lms.platform.text.JsonText;

/** The provider's RSA signing keys from its JSON Web Key Set, by key id; other kinds of key are left out. */
public final class ProviderKeys {

    private static final String NO_KEY_ID = "";

    private final Map<String, RSAPublicKey> byId;

    private ProviderKeys(Map<String, RSAPublicKey> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static ProviderKeys of(Map<String, RSAPublicKey> byId) {
        return new ProviderKeys(byId);
    }

    /** Parses a JWKS document ({@code {"keys": [...]}}); a malformed one is refused whole. */
    public static ProviderKeys parse(String jwks) throws TokenRejected {
        Map<String, RSAPublicKey> keys = new HashMap<>();
        try {
            JsonObject document = JsonText.reader(jwks).readObject();
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            for (JsonValue value : document.getJsonArray("keys")) {
                JsonObject key = value.asJsonObject();
                boolean signing = !key.containsKey("use") || "sig".equals(key.getString("use", null));
                if (!"RSA".equals(key.getString("kty", null)) || !signing) {
                    continue;
                }
                RSAPublicKeySpec spec = new RSAPublicKeySpec(unsigned(key.getString("n")), unsigned(key.getString("e")));
                keys.put(key.getString("kid", NO_KEY_ID), (RSAPublicKey) rsa.generatePublic(spec));
            }
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException
                 | GeneralSecurityException malformed) {
            throw new TokenRejected("the provider's key set is malformed", malformed);
        }
        return new ProviderKeys(keys);
    }

    /** The key a token names; a token without a key id may use the provider's only key. */
    Optional<RSAPublicKey> find(String keyId) {
        if (keyId == null) {
            return byId.size() == 1 ? byId.values().stream().findFirst() : Optional.empty();
        }
        return Optional.ofNullable(byId.get(keyId));
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }
}

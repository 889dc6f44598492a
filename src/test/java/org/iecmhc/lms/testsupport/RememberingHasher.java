package org.iecmhc.lms.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.iecmhc.lms.identity.PasswordHasher;

/**
 * Hashes each password once per JVM and hands that hash out again for it: the persistence tests create many accounts
 * with a handful of passwords, each a PBKDF2 derivation of about 40 ms of CPU. The hashes are real ones of the
 * production cost, so checking a password derives as it does in the application; only two accounts of the same
 * password share a salt. {@code PasswordHasherTest} checks the salts with a hasher of its own.
 */
final class RememberingHasher extends PasswordHasher {

    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    @Override
    public String hash(String password) {
        return hashes.computeIfAbsent(password, super::hash);
    }
}

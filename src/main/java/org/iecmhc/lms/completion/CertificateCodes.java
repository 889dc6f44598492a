package org.iecmhc.lms.completion;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Certificate codes: twelve characters from 32 that cannot be mistaken for one another when read off paper (no I,
 * O, 0 or 1), drawn from a secure random source: 60 bits, so a code cannot be guessed or derived from another.
 */
final class CertificateCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed or read from a link: case and surrounding spaces do not matter. */
    static String normalize(String typed) {
        return typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
    }

    static boolean isWellFormed(String code) {
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}

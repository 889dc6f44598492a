package org.iecmhc.lms.platform.mail;

/** A mail as it goes out: a one-line subject, a plain-text body and the same body as simple HTML. */
public record Composition(String subject, String text, String html) {
}

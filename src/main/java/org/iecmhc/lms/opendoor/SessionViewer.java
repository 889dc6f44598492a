package org.iecmhc.lms.opendoor;

/**
 * Who is looking at Open-Door sessions: administrators see every session, a consultant only those they facilitate.
 */
public record SessionViewer(String email, boolean administrator) {
}

package org.iecmhc.lms.platform.persistence;

/** Fired once at start-up after the schema migrations ran; observers seed reference, demo or first-run data. */
public record DatabaseReady() {
}

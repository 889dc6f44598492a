package org.iecmhc.lms.platform.mail;

import java.util.concurrent.TimeUnit;

/** Spaces sends evenly so that no minute carries more than the relay allows; 0 per minute means no limit. */
final class Pacing {

    private final long intervalNanos;
    private long next = System.nanoTime();

    Pacing(int perMinute) {
        this.intervalNanos = perMinute == 0 ? 0 : TimeUnit.MINUTES.toNanos(1) / perMinute;
    }

    void awaitTurn() {
        long wait = next - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while pacing the mails to the relay's limit", e);
            }
        }
        next = Math.max(next, System.nanoTime()) + intervalNanos;
    }
}

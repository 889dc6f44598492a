package org.iecmhc.lms.testsupport;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Something the test classes share that takes long to start (Payara Micro instances, their databases): begun in the
 * background as soon as the run begins ({@link EarlyStarts}), waited for by the first class that needs it, handed
 * to the others as started.
 */
final class BackgroundStart<T> {

    private final Supplier<T> start;
    private final String annotation;
    private CompletableFuture<T> starting;
    private T started;

    /** {@code annotation}: how a test class asks for it, for the message when one forgot. */
    BackgroundStart(Supplier<T> start, String annotation) {
        this.start = start;
        this.annotation = annotation;
    }

    synchronized void begin() {
        if (starting == null) {
            starting = RunningApplication.inBackground(start);
        }
    }

    /** Begins the start if nobody did, and waits until it serves; its own failure if it failed. */
    synchronized T await() {
        if (started == null) {
            begin();
            started = RunningApplication.finished(starting);
        }
        return started;
    }

    /** What a class that asked for it (and so waited for it) uses. */
    synchronized T started() {
        if (started == null) {
            throw new IllegalStateException("Annotate the test class with " + annotation);
        }
        return started;
    }

    /** Waits until the start, if begun, has ended, whether it serves or failed. */
    void awaitEndIfBegun() {
        CompletableFuture<T> begun;
        synchronized (this) {
            begun = starting;
        }
        RunningApplication.awaitEnd(begun);
    }

    /** What started, once the start (if begun) has ended; empty when it was never begun or failed. */
    Optional<T> ifStarted() {
        awaitEndIfBegun();
        synchronized (this) {
            return starting == null || starting.isCompletedExceptionally() ? Optional.empty() : Optional.of(starting.join());
        }
    }
}

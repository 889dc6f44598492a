package org.iecmhc.lms.testsupport;

import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * A long scenario told as named steps, so that a failure says in which step it happened rather than only which of
 * sixty lines timed out. The steps share what they found through the test's own fields.
 */
public final class Steps {

    private Steps() {
    }

    public static void step(String name, Executable body) {
        try {
            body.execute();
        } catch (Throwable failure) {
            throw new AssertionFailedError("Step \"" + name + "\": " + failure.getMessage(), failure);
        }
    }
}

package org.iecmhc.lms.platform.errors;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;

import jakarta.persistence.OptimisticLockException;

/**
 * Recognises, anywhere in a chain of causes, the two failures that deserve an answer of their own instead of the
 * generic failure page: a concurrent edit and a database that cannot be reached. Containers and JPA wrap them in
 * several layers (EL, Faces, JTA rollback, EclipseLink), so the whole chain is searched.
 */
public final class Failures {

    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_STATE_CLASS = "08";
    private static final int DEPTH_LIMIT = 30;

    private Failures() {
    }

    public static boolean isRecordChangedMeanwhile(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof RecordChangedMeanwhile
                || cause instanceof OptimisticLockException
                // EclipseLink's own, thrown at commit before it is translated to the JPA one
                || cause.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException"));
    }

    public static boolean isDatabaseUnavailable(Throwable failure) {
        return anyCause(failure, Failures::isConnectionFailure);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(CONNECTION_STATE_CLASS)) {
            return true;
        }
        String name = cause.getClass().getName();
        // The container pool reports a connection it could not open with its own types, not with a SQLSTATE.
        return name.endsWith(".PoolingException") || name.endsWith(".ResourceAllocationException")
                || name.equals("com.mysql.cj.exceptions.CJCommunicationsException");
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEPTH_LIMIT; depth++) {
            if (test.test(cause)) {
                return true;
            }
            Throwable next = cause instanceof SQLException sql && sql.getNextException() != null && cause.getCause() == null
                    ? sql.getNextException() : cause.getCause();
            cause = next == cause ? null : next;
        }
        return false;
    }
}

package org.iecmhc.lms.platform.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aStaleVersionIsFoundUnderTheLayersAFacesActionWrapsItIn() {
        assertTrue(Failures.isRecordChangedMeanwhile(
                new FacesException(new ELException(new RecordChangedMeanwhile("cohort 7")))));
    }

    @Test
    void twoSavesRacingPastTheVersionCheckAreCaughtAtCommitToo() {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new OptimisticLockException("row was updated by another transaction"));
        assertTrue(Failures.isRecordChangedMeanwhile(new FacesException(new ELException(rollback))));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsToldApartFromOtherFailures() {
        assertTrue(Failures.isDatabaseUnavailable(new PersistenceException(
                new SQLException("Communications link failure", "08S01"))));
        assertTrue(Failures.isDatabaseUnavailable(new FacesException(new SQLRecoverableException("gone"))));
        assertTrue(Failures.isDatabaseUnavailable(new SQLTransientConnectionException("pool timed out")));
        assertFalse(Failures.isDatabaseUnavailable(new PersistenceException(
                new SQLException("Duplicate entry", "23000"))));
        assertFalse(Failures.isDatabaseUnavailable(new IllegalStateException("a bug")));
        assertFalse(Failures.isRecordChangedMeanwhile(new IllegalStateException("a bug")));
    }

    @Test
    void aChainThatLoopsOnItselfEnds() {
        SQLException looping = new SQLException("odd driver", "HY000");
        looping.setNextException(looping);
        assertFalse(Failures.isDatabaseUnavailable(looping));
    }
}

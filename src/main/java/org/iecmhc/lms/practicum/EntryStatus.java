package org.iecmhc.lms.practicum;

import org.iecmhc.lms.completion.CreditState;

/** Where a log entry stands in the faculty's review; only approved minutes count toward completion. */
public enum EntryStatus {
    SUBMITTED(CreditState.PENDING), RETURNED(CreditState.NOT_EARNED), APPROVED(CreditState.EARNED);

    private final CreditState credit;

    EntryStatus(CreditState credit) {
        this.credit = credit;
    }

    public CreditState credit() {
        return credit;
    }

    /** The trainee may still change or delete the entry. */
    public boolean isOpen() {
        return this != APPROVED;
    }

    public String messageKey() {
        return "practicum.entry.status." + name();
    }
}

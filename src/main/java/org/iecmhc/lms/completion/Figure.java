package org.iecmhc.lms.completion;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One requirement of one enrollment: what is earned, what may still count (pending: held, awaiting approval or a
 * grade), what is scheduled and has not happened yet, what is required, and the percent done. Hours kinds hold hours with two decimals; the others hold counts. The percent is worked out from
 * the exact amounts, rounded down (so 99.9 % never shows as done) and capped at 100.
 */
public record Figure(CreditKind kind, BigDecimal earned, BigDecimal pending, BigDecimal scheduled, BigDecimal required,
                     int percent, boolean met) {

    static Figure of(CreditKind kind, BigDecimal exactEarned, BigDecimal exactPending, BigDecimal exactScheduled,
                     BigDecimal required) {
        boolean met = exactEarned.compareTo(required) >= 0;
        int percent = required.signum() <= 0 ? 100
                : Math.min(100, exactEarned.multiply(BigDecimal.valueOf(100)).divide(required, 0, RoundingMode.DOWN).intValue());
        return new Figure(kind, shown(exactEarned), shown(exactPending), shown(exactScheduled), shown(required), percent,
                met);
    }

    private static BigDecimal shown(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public boolean isRequired() {
        return required.signum() > 0;
    }

    public boolean isHours() {
        return kind == CreditKind.SUPERVISION_MINUTES || kind == CreditKind.PRACTICUM_MINUTES;
    }

    public CreditKind getKind() {
        return kind;
    }

    public BigDecimal getEarned() {
        return earned;
    }

    public BigDecimal getPending() {
        return pending;
    }

    /** A property, not {@code pending.signum()} in the page: EL looks a called method up among all of BigDecimal's. */
    public boolean isAnyPending() {
        return pending.signum() > 0;
    }

    public BigDecimal getRequired() {
        return required;
    }

    public int getPercent() {
        return percent;
    }

    /** Such as "12.5 / 24" on the board. */
    public String getShown() {
        return plain(earned) + " / " + plain(required);
    }

    public String getPendingShown() {
        return plain(pending);
    }

    /** What is left to earn, never below zero: "hours still needed" on the trainee's home. */
    public BigDecimal getStillNeeded() {
        return required.subtract(earned).max(BigDecimal.ZERO);
    }

    public BigDecimal getScheduled() {
        return scheduled;
    }

    /** Such as "12.5" for 12.50 hours and "6" for six meetings. */
    public static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}

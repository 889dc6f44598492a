package org.iecmhc.lms.platform.security;

/**
 * A figure of the signed-in person that every page shows, such as the bell's count of unread notifications,
 * contributed by the feature that owns it. The security stamp check reads every such figure as a subquery of the
 * account's row, in the statement it sends at every request anyway, so a page pays no statement of its own for it.
 */
public interface PersonalFigure {

    /** The figure's name, unique among the figures, by which the page asks {@link PersonalFigures} for it. */
    String name();

    /**
     * SQL that selects the figure as one number for the account whose id is the given SQL expression (a column of the
     * enclosing query), such as {@code select count(*) from notification n where n.account_id = } that expression.
     */
    String sqlOver(String accountId);
}

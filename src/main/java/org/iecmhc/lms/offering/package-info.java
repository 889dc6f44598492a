/**
 * Public offerings providers register for without an account: the list at {@code /offerings}, a page per offering,
 * registration confirmed by e-mail, seats and a waiting list, cancel links and the reminder the day before. What is
 * offered comes from the features that run it, each through an {@link org.iecmhc.lms.offering.OfferingSource}; this
 * package knows none of them.
 */
package org.iecmhc.lms.offering;

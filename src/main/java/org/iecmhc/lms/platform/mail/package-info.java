/**
 * Outgoing mail that is never lost: a feature hands the {@code Outbox} a {@code Letter} in the transaction of the
 * change that causes it; the mail is rendered in the recipient's language and stored, and the sender delivers it to
 * the SMTP relay after commit, with retries, under the cluster lease. Without a relay the mails stay in the outbox.
 */
package org.iecmhc.lms.platform.mail;

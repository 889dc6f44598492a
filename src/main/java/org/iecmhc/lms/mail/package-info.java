/**
 * The administrators' outbox pages: every mail the application wrote, its state, its rendering and its error, a
 * re-send of a failed one and a test mail to check the relay. The outbox itself, its sender and the lease live in
 * {@code platform/mail} and {@code platform/schedule}, since every feature that mails uses them.
 */
package org.iecmhc.lms.mail;

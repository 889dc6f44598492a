/**
 * Accounts, their roles, sign-in and passwords, and the security stamp that makes a change of rights count at the
 * next request. Who may open a given record is each feature's own rule; this package only says who a person is.
 */
package org.iecmhc.lms.identity;

/**
 * Topical webinars: one-time online talks led by a consultant or an administrator, offered for public registration,
 * the registrants' attendance with their own survey answers, and the recording afterwards. A consultant sees only the
 * webinars they lead.
 */
package org.iecmhc.lms.webinar;

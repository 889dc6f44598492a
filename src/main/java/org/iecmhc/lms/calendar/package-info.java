/**
 * Everything dated for a person (supervision, meetings, sessions) as the home page's upcoming list and a personal
 * iCalendar feed, gathered from each feature's CalendarSource.
 */
package org.iecmhc.lms.calendar;

/**
 * The trainee's home page centred on what to do next: a to-do list gathered from each feature's {@link
 * org.iecmhc.lms.home.ToDoSource} (as the calendar gathers its sources), bounded so the page stays cheap.
 */
package org.iecmhc.lms.home;

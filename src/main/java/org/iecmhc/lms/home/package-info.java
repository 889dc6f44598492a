/**
 * The trainee's to-do list: what each feature's {@link org.iecmhc.lms.home.ToDoSource} gives a trainee to do, gathered
 * by date as the calendar gathers its sources, and bounded (one query per kind of item, at most twenty shown).
 */
package org.iecmhc.lms.home;

package org.iecmhc.lms.course;

import java.util.List;

/** What the home page shows a trainee of their studies: their cohorts, their courses and their latest returned work. */
public record TraineeSummary(List<String> cohorts, List<HomeCourse> courses, List<ReturnedWork> recentlyGraded) {
}

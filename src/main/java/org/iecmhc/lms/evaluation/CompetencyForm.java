package org.iecmhc.lms.evaluation;

import java.util.Map;

/** What faculty typed into a competency evaluation: ratings by question id, the narrative and the recommendation. */
public record CompetencyForm(Map<Long, Integer> ratings, String narrative, Recommendation recommendation) {
}

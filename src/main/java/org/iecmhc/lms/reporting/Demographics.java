package org.iecmhc.lms.reporting;

import java.util.Map;

/**
 * How many trainees gave each answer, by demographic code (DECLINED is "decline to state", NOT_ANSWERED a trainee
 * who has not answered yet), every code present even at zero. The field names are the JSON API's.
 */
public record Demographics(Map<String, Long> raceEthnicity, Map<String, Long> language) {

    public static final String NOT_ANSWERED = "NOT_ANSWERED";
}

package org.iecmhc.lms.reporting;

import java.util.Map;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * Every figure of the Network's impact page for a range of fiscal years; {@code docs/metrics.md} defines each one.
 * The ratings are the participants' own answers (never those typed in by staff), each with how many gave one.
 * Percents have one decimal and are null when nobody answered the question; the shortest and longest call are null
 * when there was no call. The field names are the JSON API's.
 */
@JsonbNillable
@JsonbPropertyOrder({
        "helplineCalls",
        "helplineUniqueInquiries",
        "helplineMinDurationMinutes",
        "helplineMaxDurationMinutes",
        "helplineConsultationRecommendedPercent",
        "consultationAssignments",
        "childrenBenefiting",
        "staffInfluenced",
        "consultationWorthwhilePercent",
        "consultationAnswers",
        "supportSeriesOffered",
        "supportSeriesUniqueParticipants",
        "supportSeriesCounties",
        "supportSeriesHighlyValuablePercent",
        "supportSeriesAnswers",
        "providerPracticeSeriesOffered",
        "providerPracticeUniqueParticipants",
        "providerPracticeCounties",
        "providerPracticeHighlyValuablePercent",
        "providerPracticeAnswers",
        "openDoorUniqueProviders",
        "openDoorCounties",
        "openDoorWorthwhilePercent",
        "openDoorAnswers",
        "webinars",
        "webinarRegistrants",
        "webinarAttendees",
        "webinarWorthwhilePercent",
        "webinarAnswers",
        "ctpParticipants",
        "ctpCompleted"})
public record ImpactFigures(
        long helplineCalls,
        long helplineUniqueInquiries,
        Integer helplineMinDurationMinutes,
        Integer helplineMaxDurationMinutes,
        Double helplineConsultationRecommendedPercent,
        long consultationAssignments,
        long childrenBenefiting,
        long staffInfluenced,
        Double consultationWorthwhilePercent,
        long consultationAnswers,
        Map<String, Long> supportSeriesOffered,
        long supportSeriesUniqueParticipants,
        long supportSeriesCounties,
        Double supportSeriesHighlyValuablePercent,
        long supportSeriesAnswers,
        long openDoorUniqueProviders,
        long openDoorCounties,
        Double openDoorWorthwhilePercent,
        long openDoorAnswers,
        long ctpParticipants,
        long ctpCompleted,
        long providerPracticeSeriesOffered,
        long providerPracticeUniqueParticipants,
        long providerPracticeCounties,
        Double providerPracticeHighlyValuablePercent,
        long providerPracticeAnswers,
        long webinars,
        long webinarRegistrants,
        long webinarAttendees,
        Double webinarWorthwhilePercent,
        long webinarAnswers) {

    /** The share of {@code part} in {@code whole} in percent with one decimal, or null when the whole is zero. */
    static Double percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return Math.round(part * 1000.0 / whole) / 10.0;
    }
}

package org.iecmhc.lms.reporting;

import java.util.function.Function;

/** Each figure of the impact page in the order shown, with its name and definition in the message bundles. */
public enum ImpactFigure {
    HELPLINE_CALLS(ImpactFigures::helplineCalls, false),
    HELPLINE_UNIQUE_INQUIRIES(ImpactFigures::helplineUniqueInquiries, true),
    HELPLINE_MIN_DURATION(ImpactFigures::helplineMinDurationMinutes, false),
    HELPLINE_MAX_DURATION(ImpactFigures::helplineMaxDurationMinutes, false),
    HELPLINE_CONSULTATION_RECOMMENDED(ImpactFigures::helplineConsultationRecommendedPercent, false),
    CONSULTATION_ASSIGNMENTS(ImpactFigures::consultationAssignments, false),
    CHILDREN_BENEFITING(ImpactFigures::childrenBenefiting, true),
    STAFF_INFLUENCED(ImpactFigures::staffInfluenced, true),
    CONSULTATION_WORTHWHILE(ImpactFigures::consultationWorthwhilePercent, false),
    CONSULTATION_ANSWERS(ImpactFigures::consultationAnswers, true),
    SUPPORT_SERIES_EN(f -> f.supportSeriesOffered().get("en"), false),
    SUPPORT_SERIES_ES(f -> f.supportSeriesOffered().get("es"), false),
    SUPPORT_SERIES_OTHER(f -> f.supportSeriesOffered().get("other"), false),
    SUPPORT_UNIQUE_PARTICIPANTS(ImpactFigures::supportSeriesUniqueParticipants, true),
    SUPPORT_COUNTIES(ImpactFigures::supportSeriesCounties, false),
    SUPPORT_HIGHLY_VALUABLE(ImpactFigures::supportSeriesHighlyValuablePercent, false),
    SUPPORT_ANSWERS(ImpactFigures::supportSeriesAnswers, true),
    PROVIDER_PRACTICE_SERIES(ImpactFigures::providerPracticeSeriesOffered, false),
    PROVIDER_PRACTICE_UNIQUE_PARTICIPANTS(ImpactFigures::providerPracticeUniqueParticipants, true),
    PROVIDER_PRACTICE_COUNTIES(ImpactFigures::providerPracticeCounties, false),
    PROVIDER_PRACTICE_HIGHLY_VALUABLE(ImpactFigures::providerPracticeHighlyValuablePercent, false),
    PROVIDER_PRACTICE_ANSWERS(ImpactFigures::providerPracticeAnswers, true),
    OPEN_DOOR_UNIQUE_PROVIDERS(ImpactFigures::openDoorUniqueProviders, true),
    OPEN_DOOR_COUNTIES(ImpactFigures::openDoorCounties, false),
    OPEN_DOOR_WORTHWHILE(ImpactFigures::openDoorWorthwhilePercent, false),
    OPEN_DOOR_ANSWERS(ImpactFigures::openDoorAnswers, true),
    WEBINARS(ImpactFigures::webinars, false, Bundle.WEBINAR),
    WEBINAR_REGISTRANTS(ImpactFigures::webinarRegistrants, true, Bundle.WEBINAR),
    WEBINAR_ATTENDEES(ImpactFigures::webinarAttendees, true, Bundle.WEBINAR),
    WEBINAR_WORTHWHILE(ImpactFigures::webinarWorthwhilePercent, false, Bundle.WEBINAR),
    WEBINAR_ANSWERS(ImpactFigures::webinarAnswers, true, Bundle.WEBINAR),
    CTP_PARTICIPANTS(ImpactFigures::ctpParticipants, true),
    CTP_COMPLETED(ImpactFigures::ctpCompleted, true);

    /** Shown when a figure has no value: nobody answered, or there was no call. The same in every language. */
    public static final String NONE = "—";

    private final Function<ImpactFigures, Object> value;
    private final boolean countsPeople;
    private final String keyPrefix;

    ImpactFigure(Function<ImpactFigures, Object> value, boolean countsPeople) {
        this(value, countsPeople, Bundle.REPORTS);
    }

    ImpactFigure(Function<ImpactFigures, Object> value, boolean countsPeople, String keyPrefix) {
        this.value = value;
        this.countsPeople = countsPeople;
        this.keyPrefix = keyPrefix;
    }

    public Object of(ImpactFigures figures) {
        return value.apply(figures);
    }

    /**
     * The figure as every page, download and published page shows it: a count of people (children, staff, callers,
     * providers, trainees) under the small-cell threshold as its mark, as the demographic tables do; counts of
     * records, counties and minutes, and percents, as they are.
     */
    public String shown(ImpactFigures figures, SmallCells cells) {
        Object figure = of(figures);
        if (figure == null) {
            return NONE;
        }
        if (countsPeople) {
            return cells.count(((Number) figure).longValue());
        }
        return figure.toString();
    }

    public String messageKey() {
        return keyPrefix + name();
    }

    public String definitionKey() {
        return messageKey() + ".definition";
    }

    /** Where the names are kept: the webinar figures came with their own group of keys in the bundles. */
    private static final class Bundle {
        static final String REPORTS = "reports.figure.";
        static final String WEBINAR = "webinarReport.figure.";
    }
}

package org.iecmhc.lms.reporting;

import java.util.function.Function;

/** Each figure of the impact page in the order shown, with its name and definition in the message bundles. */
public enum ImpactFigure {
    HELPLINE_CALLS(ImpactFigures::helplineCalls),
    HELPLINE_UNIQUE_INQUIRIES(ImpactFigures::helplineUniqueInquiries),
    HELPLINE_MIN_DURATION(ImpactFigures::helplineMinDurationMinutes),
    HELPLINE_MAX_DURATION(ImpactFigures::helplineMaxDurationMinutes),
    HELPLINE_CONSULTATION_RECOMMENDED(ImpactFigures::helplineConsultationRecommendedPercent),
    CONSULTATION_ASSIGNMENTS(ImpactFigures::consultationAssignments),
    CHILDREN_BENEFITING(ImpactFigures::childrenBenefiting),
    STAFF_INFLUENCED(ImpactFigures::staffInfluenced),
    CONSULTATION_WORTHWHILE(ImpactFigures::consultationWorthwhilePercent),
    SUPPORT_SERIES_EN(f -> f.supportSeriesOffered().get("en")),
    SUPPORT_SERIES_ES(f -> f.supportSeriesOffered().get("es")),
    SUPPORT_SERIES_OTHER(f -> f.supportSeriesOffered().get("other")),
    SUPPORT_UNIQUE_PARTICIPANTS(ImpactFigures::supportSeriesUniqueParticipants),
    SUPPORT_COUNTIES(ImpactFigures::supportSeriesCounties),
    SUPPORT_HIGHLY_VALUABLE(ImpactFigures::supportSeriesHighlyValuablePercent),
    OPEN_DOOR_UNIQUE_PROVIDERS(ImpactFigures::openDoorUniqueProviders),
    OPEN_DOOR_COUNTIES(ImpactFigures::openDoorCounties),
    OPEN_DOOR_WORTHWHILE(ImpactFigures::openDoorWorthwhilePercent),
    CTP_PARTICIPANTS(ImpactFigures::ctpParticipants),
    CTP_COMPLETED(ImpactFigures::ctpCompleted);

    private final Function<ImpactFigures, Object> value;

    ImpactFigure(Function<ImpactFigures, Object> value) {
        this.value = value;
    }

    public Object of(ImpactFigures figures) {
        return value.apply(figures);
    }

    public String messageKey() {
        return "reports.figure." + name();
    }

    public String definitionKey() {
        return messageKey() + ".definition";
    }
}

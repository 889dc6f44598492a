package org.iecmhc.lms.reporting;

import static org.iecmhc.lms.reporting.ImpactFigure.CHILDREN_BENEFITING;
import static org.iecmhc.lms.reporting.ImpactFigure.CONSULTATION_ANSWERS;
import static org.iecmhc.lms.reporting.ImpactFigure.CONSULTATION_ASSIGNMENTS;
import static org.iecmhc.lms.reporting.ImpactFigure.CONSULTATION_WORTHWHILE;
import static org.iecmhc.lms.reporting.ImpactFigure.CTP_COMPLETED;
import static org.iecmhc.lms.reporting.ImpactFigure.CTP_PARTICIPANTS;
import static org.iecmhc.lms.reporting.ImpactFigure.HELPLINE_CALLS;
import static org.iecmhc.lms.reporting.ImpactFigure.HELPLINE_CONSULTATION_RECOMMENDED;
import static org.iecmhc.lms.reporting.ImpactFigure.HELPLINE_MAX_DURATION;
import static org.iecmhc.lms.reporting.ImpactFigure.HELPLINE_MIN_DURATION;
import static org.iecmhc.lms.reporting.ImpactFigure.HELPLINE_UNIQUE_INQUIRIES;
import static org.iecmhc.lms.reporting.ImpactFigure.OPEN_DOOR_ANSWERS;
import static org.iecmhc.lms.reporting.ImpactFigure.OPEN_DOOR_COUNTIES;
import static org.iecmhc.lms.reporting.ImpactFigure.OPEN_DOOR_UNIQUE_PROVIDERS;
import static org.iecmhc.lms.reporting.ImpactFigure.OPEN_DOOR_WORTHWHILE;
import static org.iecmhc.lms.reporting.ImpactFigure.STAFF_INFLUENCED;
import static org.iecmhc.lms.reporting.ImpactFigure.SUPPORT_ANSWERS;
import static org.iecmhc.lms.reporting.ImpactFigure.SUPPORT_COUNTIES;
import static org.iecmhc.lms.reporting.ImpactFigure.SUPPORT_HIGHLY_VALUABLE;
import static org.iecmhc.lms.reporting.ImpactFigure.SUPPORT_SERIES_EN;
import static org.iecmhc.lms.reporting.ImpactFigure.SUPPORT_SERIES_ES;
import static org.iecmhc.lms.reporting.ImpactFigure.SUPPORT_SERIES_OTHER;
import static org.iecmhc.lms.reporting.ImpactFigure.SUPPORT_UNIQUE_PARTICIPANTS;

import java.util.List;

/**
 * The headline cards of the impact page and of the published figures, in the order of the Network's public impact
 * page. Each number is a figure exactly as the table shows it, so a card never shows a count the table hides.
 */
public final class ImpactCards {

    private ImpactCards() {
    }

    public static List<ImpactCard> of(ShownFigures shown) {
        return List.of(
                card("children", shown, CHILDREN_BENEFITING, false, shown.get(CONSULTATION_ASSIGNMENTS)),
                card("staff", shown, STAFF_INFLUENCED, false),
                card("calls", shown, HELPLINE_CALLS, false, shown.get(HELPLINE_MIN_DURATION), shown.get(HELPLINE_MAX_DURATION),
                        shown.get(HELPLINE_UNIQUE_INQUIRIES)),
                card("recommended", shown, HELPLINE_CONSULTATION_RECOMMENDED, true),
                new ImpactCard("series", seriesOffered(shown), false, "numbers.card.series", "numbers.card.series.context",
                        List.of(shown.get(SUPPORT_SERIES_EN), shown.get(SUPPORT_SERIES_ES), shown.get(SUPPORT_SERIES_OTHER))),
                card("participants", shown, SUPPORT_UNIQUE_PARTICIPANTS, false, shown.get(SUPPORT_COUNTIES)),
                card("openDoor", shown, OPEN_DOOR_UNIQUE_PROVIDERS, false, shown.get(OPEN_DOOR_COUNTIES)),
                card("consultationRating", shown, CONSULTATION_WORTHWHILE, true, shown.get(CONSULTATION_ANSWERS)),
                card("seriesRating", shown, SUPPORT_HIGHLY_VALUABLE, true, shown.get(SUPPORT_ANSWERS)),
                card("openDoorRating", shown, OPEN_DOOR_WORTHWHILE, true, shown.get(OPEN_DOOR_ANSWERS)),
                card("ctp", shown, CTP_PARTICIPANTS, false, shown.get(CTP_COMPLETED)));
    }

    private static ImpactCard card(String id, ShownFigures shown, ImpactFigure figure, boolean percent, String... context) {
        return new ImpactCard(id, shown.get(figure), percent, "numbers.card." + id, "numbers.card." + id + ".context",
                List.of(context));
    }

    /** Series are counts of records, never marked as small cells, so their shown values add up. */
    private static String seriesOffered(ShownFigures shown) {
        return String.valueOf(Long.parseLong(shown.get(SUPPORT_SERIES_EN)) + Long.parseLong(shown.get(SUPPORT_SERIES_ES))
                + Long.parseLong(shown.get(SUPPORT_SERIES_OTHER)));
    }
}

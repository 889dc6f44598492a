package org.iecmhc.lms.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The cards show each figure exactly as the table does: a small count of people as its mark, never the number. */
class ImpactCardsTest {

    private static final SmallCells ELEVEN = new SmallCells(11);

    /** Helpline calls 7 and consultation assignments 3 are records; 3 children, 4 participants, 2 completions are people. */
    private static ImpactFigures figures() {
        Map<String, Long> series = new LinkedHashMap<>();
        series.put("en", 4L);
        series.put("es", 2L);
        series.put("other", 0L);
        return new ImpactFigures(7, 5, 3, 95, 42.9, 3, 3, 40, 66.7, 3, series, 4, 2, null, 0, 12, 5, 75.0, 16, 30, 2,
                1, 6, 2, 50.0, 4, 2, 20, 9, 80.0, 5);
    }

    @Test
    void smallCountsOfPeopleShowTheMarkOnTheCardsAsInTheTable() {
        ShownFigures shown = ShownFigures.of(figures(), ELEVEN);
        Map<String, ImpactCard> cards = byId(ImpactCards.of(shown));

        assertEquals("<11", cards.get("children").getShown());
        assertEquals("<11", cards.get("participants").getShown());
        assertEquals(List.of("<11"), cards.get("ctp").getContextValues(), "the two completions are hidden too");
        assertEquals(List.of("3", "95", "<11"), cards.get("calls").getContextValues(), "5 unique callers hidden, minutes shown");
        assertEquals("40", cards.get("staff").getShown());
        assertEquals("12", cards.get("openDoor").getShown());
        assertEquals("7", cards.get("calls").getShown(), "calls are records, not people");
        assertEquals(List.of("3"), cards.get("children").getContextValues(), "three assignments are records");
        assertEquals(List.of("2"), cards.get("participants").getContextValues(), "counties point at nobody");
        assertEquals(List.of("<11"), cards.get("consultationRating").getContextValues(), "three providers answered");
        assertEquals(List.of("16"), cards.get("openDoorRating").getContextValues(), "sixteen participants rated");
        for (ImpactFigure figure : ImpactFigure.values()) {
            assertEquals(figure.shown(figures(), ELEVEN), shown.get(figure), "card and table agree on " + figure);
        }
    }

    @Test
    void withoutAThresholdEveryCountShowsAndPercentsCarryTheirSign() {
        Map<String, ImpactCard> cards = byId(ImpactCards.of(ShownFigures.of(figures(), new SmallCells(0))));

        assertEquals("3", cards.get("children").getShown());
        assertEquals("42.9%", cards.get("recommended").getShown());
        assertEquals(ImpactFigure.NONE, cards.get("seriesRating").getShown(), "nobody answered: no number, no sign");
        assertEquals("6", cards.get("series").getShown(), "series in every language together");
        assertEquals(List.of("4", "2", "0"), cards.get("series").getContextValues());
    }

    @Test
    void aPublishedCopyReadsBackAsItWasWritten() {
        ShownFigures shown = ShownFigures.of(figures(), ELEVEN);
        ShownFigures read = ShownFigures.fromJson(shown.json());

        for (ImpactFigure figure : ImpactFigure.values()) {
            assertEquals(shown.get(figure), read.get(figure), figure.name());
        }
    }

    private static Map<String, ImpactCard> byId(List<ImpactCard> cards) {
        Map<String, ImpactCard> byId = new LinkedHashMap<>();
        cards.forEach(card -> byId.put(card.id(), card));
        return byId;
    }
}

package org.iecmhc.lms.reporting;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.iecmhc.lms.platform.text.JsonText;

/**
 * Every impact figure of a range as shown, small cells already marked: what the cards draw and what a published page
 * keeps. Values are digits, a decimal point and the marks "&lt;N" and "—", the same in every language, so that one
 * copy serves both languages of the public page.
 */
public final class ShownFigures implements Serializable {

    private final Map<ImpactFigure, String> values;

    private ShownFigures(Map<ImpactFigure, String> values) {
        this.values = new EnumMap<>(values);
    }

    public static ShownFigures of(ImpactFigures figures, SmallCells cells) {
        Map<ImpactFigure, String> values = new EnumMap<>(ImpactFigure.class);
        for (ImpactFigure figure : ImpactFigure.values()) {
            values.put(figure, figure.shown(figures, cells));
        }
        return new ShownFigures(values);
    }

    /** Read back from {@link #json()}; a figure added since it was written shows as having no value. */
    public static ShownFigures fromJson(JsonObject json) {
        Map<ImpactFigure, String> values = new EnumMap<>(ImpactFigure.class);
        for (ImpactFigure figure : ImpactFigure.values()) {
            values.put(figure, json.get(figure.name()) instanceof JsonString value ? value.getString() : ImpactFigure.NONE);
        }
        return new ShownFigures(values);
    }

    public JsonObject json() {
        JsonObjectBuilder json = JsonText.object();
        values.forEach((figure, value) -> json.add(figure.name(), value));
        return json.build();
    }

    public String get(ImpactFigure figure) {
        return values.get(figure);
    }
}

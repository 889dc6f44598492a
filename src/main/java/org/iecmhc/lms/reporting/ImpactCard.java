package org.iecmhc.lms.reporting;

import java.io.Serializable;
import java.util.List;

/**
 * One headline card: a big number, its label and a line of context, the message keys resolved by the page in the
 * reader's language. {@code percent} cards add the percent sign to a number.
 */
public record ImpactCard(String id, String value, boolean percent, String labelKey, String contextKey,
                         List<String> contextValues) implements Serializable {

    public ImpactCard {
        contextValues = List.copyOf(contextValues);
    }

    /** The number as shown on the card: a percent sign only after a real number, never after a mark. */
    public String getShown() {
        return percent && !ImpactFigure.NONE.equals(value) ? value + "%" : value;
    }

    public String getId() {
        return id;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getContextKey() {
        return contextKey;
    }

    public List<String> getContextValues() {
        return contextValues;
    }
}

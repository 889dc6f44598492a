package org.iecmhc.lms.survey;

import java.io.Serializable;

import org.iecmhc.lms.platform.i18n.Language;

/** A survey link as its page shows it: whether it may be answered and, when it may, what it asks and in which language. */
public record OpenedLink(LinkState state, SurveyQuestion question, Language language) implements Serializable {

    static OpenedLink refused(LinkState state) {
        return new OpenedLink(state, null, null);
    }

    public boolean open() {
        return state == LinkState.OPEN;
    }
}

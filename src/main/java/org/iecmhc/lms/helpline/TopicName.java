package org.iecmhc.lms.helpline;

import java.io.Serializable;
import java.util.Locale;

/** A helpline topic as lists and forms name it, read once for many requests ({@link TopicNames}). */
public record TopicName(long id, String nameEn, String nameEs, int position, boolean active) implements Serializable {

    /** The name in the language of the page. */
    public String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
    }

    /** For the page's options, read as a property: EL looks a called method up anew at every call. */
    public long getId() {
        return id;
    }
}

package org.iecmhc.lms.completion;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.faces.context.FacesContext;

/** A day as the page's language writes it in a sentence, such as "March 1, 2027" or "1 de marzo de 2027". */
final class PageDates {

    private PageDates() {
    }

    static String longDate(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(day);
    }
}

package org.iecmhc.lms.offering;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.mail.Letter;
import org.iecmhc.lms.platform.mail.Outbox;
import org.iecmhc.lms.platform.mail.PublicLinks;

/**
 * The mails a registrant gets, in the language they registered in, queued in the transaction of the change. Every
 * pattern gets the same arguments: {0} title, {1} date and time (Pacific), {2} where it meets, {3} the calendar
 * invitation (.ics), {4} the cancel link.
 */
@ApplicationScoped
public class RegistrationMails {

    static final String REASON = "offering.mail.reason";

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    /** "Confirm your address": the only mail whose link holds nothing yet. */
    void confirmAddress(Registration registration, Offering offering) {
        send(registration, offering, "offering.mail.confirm.subject", "offering.mail.confirm.body",
                link(registration, LinkPurpose.CONFIRM));
    }

    /** A seat is the registrant's, on confirming or on moving up from the waiting list. */
    void seat(Registration registration, Offering offering, boolean movedUp) {
        String kind = movedUp ? "movedUp" : "seat";
        send(registration, offering, "offering.mail." + kind + ".subject", "offering.mail." + kind + ".body",
                meetingOrCalendar(registration, offering));
    }

    void waiting(Registration registration, Offering offering) {
        send(registration, offering, "offering.mail.waiting.subject", "offering.mail.waiting.body",
                link(registration, LinkPurpose.CANCEL));
    }

    void reminder(Registration registration, Offering offering) {
        send(registration, offering, "offering.mail.reminder.subject", "offering.mail.reminder.body",
                meetingOrCalendar(registration, offering));
    }

    String link(Registration registration, LinkPurpose purpose) {
        return links.to(purpose.page() + "?token=" + RegistrationTokens.tokenFor(registration, purpose));
    }

    private String meetingOrCalendar(Registration registration, Offering offering) {
        String meeting = offering.terms().getMeetingLink();
        return meeting != null && offering.terms().getFormat() == OfferingFormat.ONLINE
                ? meeting : link(registration, LinkPurpose.CALENDAR);
    }

    private void send(Registration registration, Offering offering, String subjectKey, String bodyKey, String link) {
        Locale locale = registration.getLanguage().locale();
        outbox.queue(new Letter(registration.getEmail(), registration.getLanguage(), subjectKey, bodyKey,
                List.of(offering.title(), offering.getWhen(), where(locale, offering),
                        link(registration, LinkPurpose.CALENDAR), link(registration, LinkPurpose.CANCEL)),
                link, REASON));
    }

    private static String where(Locale locale, Offering offering) {
        OfferingTerms terms = offering.terms();
        if (terms.getFormat() == OfferingFormat.IN_PERSON) {
            return Messages.text(locale, "offering.mail.inPerson");
        }
        return terms.getMeetingLink() == null ? Messages.text(locale, "offering.mail.onlineLater")
                : Messages.text(locale, "offering.mail.online", terms.getMeetingLink());
    }
}

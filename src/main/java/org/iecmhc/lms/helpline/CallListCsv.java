package org.iecmhc.lms.helpline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.text.Csv;

/**
 * The calls the call list's filters show, every page of them, newest first, as CSV in the reader's language, read
 * and written a part at a time. The columns are the list's: no caller key, no free-text referral, nothing that
 * could name a caller or a child.
 */
final class CallListCsv {

    static final int PART = 500;
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CallListCsv() {
    }

    /** At most {@link Conditions#COUNT_LIMIT} calls: the caller refuses a filter that matches more. */
    static void write(HelplineCalls calls, CallFilter filter, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringBuilder part = new StringBuilder("\uFEFF");
        Csv.appendLine(part, List.of(text(locale, "helpline.receivedAtShort"), text(locale, "helpline.durationShort"),
                text(locale, "helpline.callerRole"), text(locale, "form.county"), text(locale, "helpline.language"),
                text(locale, "helpline.topics"), text(locale, "helpline.recommendedShort"),
                text(locale, "helpline.followUp"), text(locale, "hlstats.export.outsideHours")));
        for (int first = 0; first < Conditions.COUNT_LIMIT; first += PART) {
            List<HelplineCall> page = calls.search(filter, first, Math.min(PART, Conditions.COUNT_LIMIT - first),
                    CallSort.RECEIVED, false);
            page.forEach(call -> Csv.appendLine(part, row(call, locale)));
            writer.write(part.toString());
            writer.flush();
            part.setLength(0);
            if (page.size() < PART) {
                break;
            }
        }
    }

    private static List<String> row(HelplineCall call, Locale locale) {
        String topics = call.topicsInOrder().stream().map(topic -> topic.name(locale)).collect(Collectors.joining("; "));
        return List.of(RECEIVED.format(call.getReceivedAtPacific()), String.valueOf(call.getDurationMinutes()),
                text(locale, call.getCallerRole().messageKey()), call.getCounty().getName(),
                text(locale, call.getLanguage().messageKey()), topics, yesNo(call.isConsultationRecommended(), locale),
                yesNo(call.isFollowUpNeeded(), locale), yesNo(call.isOutsideHours(), locale));
    }

    private static String yesNo(boolean value, Locale locale) {
        return text(locale, value ? "action.yes" : "action.no");
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}

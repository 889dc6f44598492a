package org.iecmhc.lms.helpline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.helpline.ReferralCounts.ResourceReferrals;
import org.iecmhc.lms.helpline.ReferralCounts.TopicReferrals;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.text.Csv;

/** The referral report's tables as CSV, with the page's headers and names in the reader's language. */
final class ReferralCsv {

    private ReferralCsv() {
    }

    /** UTF-8 with a byte order mark so that spreadsheets read the accents of Spanish right. */
    static byte[] download(String csv) {
        return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    }

    static String byResource(List<ResourceReferrals> rows, Locale locale) {
        StringBuilder csv = new StringBuilder();
        Csv.appendLine(csv, List.of(Messages.text(locale, "referral.resource.name"), Messages.text(locale, "referral.kind"),
                Messages.text(locale, "referral.report.referrals")));
        rows.forEach(row -> Csv.appendLine(csv, List.of(row.name(), Messages.text(locale, row.kind().messageKey()),
                String.valueOf(row.referrals()))));
        return csv.toString();
    }

    static String byTopic(List<TopicReferrals> rows, Locale locale) {
        StringBuilder csv = new StringBuilder();
        Csv.appendLine(csv, List.of(Messages.text(locale, "helpline.topic"), Messages.text(locale, "referral.report.referrals")));
        rows.forEach(row -> Csv.appendLine(csv, List.of(row.name(locale), String.valueOf(row.referrals()))));
        return csv.toString();
    }
}

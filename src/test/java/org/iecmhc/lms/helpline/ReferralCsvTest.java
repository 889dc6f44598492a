package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.helpline.ReferralCounts.ResourceReferrals;
import org.iecmhc.lms.helpline.ReferralCounts.TopicReferrals;
import org.junit.jupiter.api.Test;

/** The referral report downloads as the page shows it, in the reader's language, typed names made safe. */
class ReferralCsvTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void referralsByResourceNameTheKindInTheReadersLanguageAndQuoteWhatNeedsIt() {
        List<ResourceReferrals> rows = List.of(new ResourceReferrals("Warmline, statewide", ResourceKind.FAMILY_SUPPORT, 4),
                new ResourceReferrals("=HYPERLINK(\"x\")", ResourceKind.OTHER, 1));
        assertEquals("Name,Kind,Referrals\r\n\"Warmline, statewide\",Family support,4\r\n\"'=HYPERLINK(\"\"x\"\")\",Other,1\r\n",
                ReferralCsv.byResource(rows, Locale.ENGLISH));
        assertEquals("Nombre,Tipo,Derivaciones\r\n\"Warmline, statewide\",Apoyo a familias,4\r\n\"'=HYPERLINK(\"\"x\"\")\",Otro,1\r\n",
                ReferralCsv.byResource(rows, SPANISH));
    }

    @Test
    void referralsByTopicNameTheTopicInTheReadersLanguage() {
        List<TopicReferrals> rows = List.of(new TopicReferrals("Biting", "Mordidas", 3), new TopicReferrals("Sleep", "Sueño", 1));
        assertEquals("Topic,Referrals\r\nBiting,3\r\nSleep,1\r\n", ReferralCsv.byTopic(rows, Locale.ENGLISH));
        assertEquals("Tema,Derivaciones\r\nMordidas,3\r\nSueño,1\r\n", ReferralCsv.byTopic(rows, SPANISH));
    }
}

package org.iecmhc.lms.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.iecmhc.lms.platform.security.TokenBuckets;
import org.iecmhc.lms.platform.web.ClientAddress;

/**
 * Answers sent from the public survey page per client address, like registrations. A link answers once, but nothing
 * else stops one connection from trying token after token or flooding the page with answers.
 */
@ApplicationScoped
public class SurveyAnswerThrottle {

    static final String LIMIT = "survey-answer";
    static final int BURST = 10;
    static final int PER_MINUTE = 2;

    private final TokenBuckets answers;

    public SurveyAnswerThrottle() {
        this(TokenBuckets.configured(LIMIT, BURST, PER_MINUTE));
    }

    SurveyAnswerThrottle(TokenBuckets answers) {
        this.answers = answers;
    }

    /** Takes an answer of this address; answers 0 when it may go ahead, else the seconds to wait. */
    public long take(HttpServletRequest request) {
        return answers.take(ClientAddress.of(request));
    }
}

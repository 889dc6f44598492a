package org.iecmhc.lms.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;
import org.iecmhc.lms.platform.security.TokenBuckets;
import org.junit.jupiter.api.Test;

class SurveyAnswerThrottleTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final SurveyAnswerThrottle throttle = new SurveyAnswerThrottle(
            new TokenBuckets(SurveyAnswerThrottle.BURST, SurveyAnswerThrottle.PER_MINUTE, now::get));

    @Test
    void anAddressMaySendAsManyAnswersAsTheBurstAndIsThenToldHowLongToWait() {
        HttpServletRequest visitor = from("198.51.100.20");
        for (int i = 0; i < SurveyAnswerThrottle.BURST; i++) {
            assertEquals(0, throttle.take(visitor), "answer " + (i + 1));
        }
        assertEquals(30, throttle.take(visitor), "two a minute: one every thirty seconds");
        now.addAndGet(30 * SECOND);
        assertEquals(0, throttle.take(visitor));
    }

    @Test
    void anotherAddressIsNotHeldUpByTheFirst() {
        HttpServletRequest flooding = from("198.51.100.21");
        for (int i = 0; i <= SurveyAnswerThrottle.BURST; i++) {
            throttle.take(flooding);
        }
        assertTrue(throttle.take(flooding) > 0);
        assertEquals(0, throttle.take(from("198.51.100.22")));
    }

    /** A request from this address with no forwarding header, as the page sees a visitor without a load balancer. */
    private static HttpServletRequest from(String address) {
        return (HttpServletRequest) Proxy.newProxyInstance(SurveyAnswerThrottleTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> "getRemoteAddr".equals(method.getName()) ? address : null);
    }
}

package org.iecmhc.lms.helpline;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * A call as the call list shows it, read as plain columns rather than as an entity with its county and topics
 * ({@link HelplineCalls#lines}); received-at in UTC, the topics in the topic list's order.
 */
public record CallLine(long id, LocalDateTime receivedAt, boolean outsideHours, int durationMinutes, CallerRole callerRole,
                       String county, ServiceLanguage language, boolean consultationRecommended, List<TopicName> topics) {

    /** The columns of the query (EclipseLink calls public constructors only); the topics come from a second query. */
    public CallLine(Long id, LocalDateTime receivedAt, boolean outsideHours, int durationMinutes, CallerRole callerRole,
             String county, ServiceLanguage language, boolean consultationRecommended) {
        this(id, receivedAt, outsideHours, durationMinutes, callerRole, county, language, consultationRecommended, List.of());
    }

    CallLine withTopics(List<TopicName> named) {
        return new CallLine(id, receivedAt, outsideHours, durationMinutes, callerRole, county, language,
                consultationRecommended, named);
    }

    /** The topics' names in the reader's language, such as "Biting, Challenging behavior". */
    String topicNames(Locale locale) {
        return topics.stream().map(topic -> topic.name(locale)).collect(Collectors.joining(", "));
    }
}

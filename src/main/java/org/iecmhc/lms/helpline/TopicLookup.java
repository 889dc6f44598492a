package org.iecmhc.lms.helpline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.iecmhc.lms.platform.text.TypedText;

/** Finds a helpline topic by its code or its English or Spanish name, in any case. */
final class TopicLookup {

    private final Map<String, HelplineTopic> byKey = new HashMap<>();

    TopicLookup(List<HelplineTopic> topics) {
        for (HelplineTopic topic : topics) {
            byKey.put(key(topic.getCode()), topic);
            byKey.put(key(topic.getCode().replace('_', ' ')), topic);
            byKey.put(key(topic.getNameEn()), topic);
            byKey.put(key(topic.getNameEs()), topic);
        }
    }

    Optional<HelplineTopic> find(String text) {
        return Optional.ofNullable(byKey.get(key(text)));
    }

    private static String key(String text) {
        return TypedText.lowerSingleSpaced(text);
    }
}

package org.iecmhc.lms.helpline;

/**
 * The directory's filters, each null when not chosen: resources serving a county (statewide ones included), of a
 * kind, about a topic, and active ones only or all.
 */
public record ResourceFilter(String countyFips, ResourceKind kind, Long topicId, Boolean active) {

    public static ResourceFilter everything() {
        return new ResourceFilter(null, null, null, null);
    }
}

package org.iecmhc.lms.forum;

import java.io.Serializable;

/** What a thread's page shows above its posts, and what the reader may do there, read when the page opens. */
public record ThreadHeading(String title, ForumKind kind, long placeId, boolean moderator, boolean subscribed)
        implements Serializable {

    public String kindCode() {
        return kind.code();
    }
}

package org.iecmhc.lms.forum;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** The forums of the signed-in person, with their unread threads. */
@Named
@RequestScoped
public class ForumListView {

    @Inject
    Forums forums;

    @Inject
    CurrentViewer viewer;

    private List<ForumSummary> shown;

    public List<ForumSummary> getForums() {
        if (shown == null) {
            shown = forums.forumsOf(viewer.get().email());
        }
        return shown;
    }
}

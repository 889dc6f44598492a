package org.iecmhc.lms.forum;

import java.io.Serializable;
import java.time.Clock;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.platform.files.FileRejected;
import org.iecmhc.lms.platform.files.TextWithFile;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.LazyDataModel;

/**
 * A thread: its posts a page at a time, oldest first; the reply form; correcting one's own post within the edit
 * window; hiding a post with a reason for moderators. Opening it marks it read.
 */
@Named
@ViewScoped
public class ThreadView implements Serializable {

    @Inject
    Forums forums;

    @Inject
    CurrentViewer viewer;

    @Inject
    Clock clock;

    private Long id;
    private boolean loaded;
    private ThreadHeading heading;
    private boolean subscribed;
    private final TextWithFile post = new TextWithFile();
    private Long editing;
    private long editingVersion;
    private String editBody;
    private Long hiding;
    private String reason;

    private final LazyDataModel<ForumPost> posts = PagedList.of(() -> forums.countPosts(email(), id),
            (first, size) -> forums.posts(email(), id, first, size), ForumPost::getId);

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        heading = id == null ? null : forums.read(email(), id).orElse(null);
        subscribed = heading != null && heading.subscribed();
    }

    public String reply() {
        try {
            forums.reply(email(), id, post.getBody(), post.upload());
            Messages.infoAcrossRedirect("forum.replied");
            return again();
        } catch (ForumRejected rejected) {
            Messages.reject("reply", rejected);
        } catch (FileRejected rejected) {
            Messages.error("reply:file", rejected.messageKey());
        }
        return null;
    }

    public void edit(ForumPost post) {
        editing = post.getId();
        editingVersion = post.getVersion();
        editBody = post.getBody();
        hiding = null;
    }

    public String saveEdit() {
        try {
            forums.edit(email(), editing, editingVersion, editBody);
            Messages.infoAcrossRedirect("forum.post.edited");
            return again();
        } catch (ForumRejected rejected) {
            Messages.error(null, rejected.messageKey());
        } catch (RecordChangedMeanwhile changed) {
            Messages.error(null, "forum.post.editClosed");
        }
        return null;
    }

    public void hide(ForumPost post) {
        hiding = post.getId();
        reason = null;
        editing = null;
    }

    public String confirmHide() {
        return FormAction.doneThenGo(() -> {
            forums.hide(email(), hiding, reason);
            return again();
        }, FormAction.toMessage(null), "forum.hide.done");
    }

    public void toggleSubscription() {
        subscribed = forums.toggleSubscription(email(), id);
        Messages.info(subscribed ? "forum.subscribed" : "forum.unsubscribed");
    }

    public boolean mayEdit(ForumPost post) {
        return post.isEditableBy(email(), clock);
    }

    /** Whether the post's words are shown: to everyone unless hidden, then to its author and moderators. */
    public boolean readable(ForumPost post) {
        return !post.isHidden() || heading.moderator() || post.getAuthor().getEmail().equals(email());
    }

    public String time(java.time.LocalDateTime utc) {
        return PacificTime.format(utc);
    }

    private String again() {
        return "/forum/thread.xhtml?faces-redirect=true&id=" + id;
    }

    private String email() {
        return viewer.get().email();
    }

    public LazyDataModel<ForumPost> getPosts() {
        return posts;
    }

    public boolean isNotFound() {
        return heading == null;
    }

    public ThreadHeading getHeading() {
        return heading;
    }

    public boolean isSubscribed() {
        return subscribed;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TextWithFile getPost() {
        return post;
    }

    public Long getEditing() {
        return editing;
    }

    public String getEditBody() {
        return editBody;
    }

    public void setEditBody(String editBody) {
        this.editBody = editBody;
    }

    public Long getHiding() {
        return hiding;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

package org.iecmhc.lms.forum;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.files.FileRejected;
import org.iecmhc.lms.platform.files.TextWithFile;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.LazyDataModel;

/** One forum: its threads a page at a time, newest activity first, and the form that starts a thread. */
@Named
@ViewScoped
public class ForumView implements Serializable {

    @Inject
    Forums forums;

    @Inject
    CurrentViewer viewer;

    private String kind;
    private Long id;
    private ForumPlace place;
    private boolean notFound;
    private boolean subscribed;
    private String title;
    private final TextWithFile post = new TextWithFile();

    private final LazyDataModel<ThreadRow> threads = PagedList.of(
            () -> forums.countThreads(email(), place.kind(), place.id()),
            (first, size) -> forums.threads(email(), place.kind(), place.id(), first, size), ThreadRow::id);

    public void load() {
        if (place != null || notFound) {
            return;
        }
        place = ForumKind.fromCode(kind).filter(found -> id != null)
                .flatMap(found -> forums.find(email(), found, id)).orElse(null);
        notFound = place == null;
        if (place != null) {
            subscribed = forums.isSubscribed(email(), place.kind(), place.id());
        }
    }

    public String start() {
        try {
            ForumThread thread = forums.start(email(), place.kind(), place.id(), title, post.getBody(),
                    post.upload());
            Messages.infoAcrossRedirect("forum.thread.started");
            return "/forum/thread.xhtml?faces-redirect=true&id=" + thread.getId();
        } catch (ForumRejected rejected) {
            Messages.reject("start", rejected);
        } catch (FileRejected rejected) {
            Messages.error("start:file", rejected.messageKey());
        }
        return null;
    }

    public void toggleSubscription() {
        subscribed = forums.toggleSubscription(email(), place.kind(), place.id());
        Messages.info(subscribed ? "forum.subscribed" : "forum.unsubscribed");
    }

    private String email() {
        return viewer.get().email();
    }

    public LazyDataModel<ThreadRow> getThreads() {
        return threads;
    }

    public ForumPlace getPlace() {
        return place;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isSubscribed() {
        return subscribed;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public TextWithFile getPost() {
        return post;
    }
}

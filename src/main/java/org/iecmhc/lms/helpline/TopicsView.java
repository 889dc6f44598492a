package org.iecmhc.lms.helpline;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;

/** Administrators keep the list of helpline topics: add, rename in both languages, retire and bring back. */
@Named
@ViewScoped
public class TopicsView implements Serializable {

    @Inject
    HelplineTopics topics;

    private Long editingId;
    private String nameEn;
    private String nameEs;

    public List<HelplineTopic> getAll() {
        return topics.all();
    }

    public void edit(HelplineTopic topic) {
        editingId = topic.getId();
        nameEn = topic.getNameEn();
        nameEs = topic.getNameEs();
    }

    public void save() {
        try {
            if (editingId == null) {
                topics.add(nameEn, nameEs);
            } else {
                topics.rename(editingId, nameEn, nameEs);
            }
        } catch (InputRejected rejected) {
            Messages.reject("topics", rejected);
            return;
        }
        cancel();
        Messages.info("helpline.topic.saved");
    }

    public void cancel() {
        editingId = null;
        nameEn = null;
        nameEs = null;
    }

    public void toggle(HelplineTopic topic) {
        topics.setActive(topic.getId(), !topic.isActive());
        Messages.info("helpline.topic.saved");
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }
}

package org.iecmhc.lms.helpline;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.PagedList;
import org.iecmhc.lms.platform.web.SortColumn;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.primefaces.model.LazyDataModel;

/**
 * The referral directory: filtered, sorted and paged in the database, with one form to add a resource or change the
 * one chosen in the table.
 */
@Named
@ViewScoped
public class ResourcesView implements Serializable {

    @Inject
    ReferralDirectory directory;

    @Inject
    HelplineTopics topics;

    private String countyFips;
    private ResourceKind kind;
    private Long topicId;
    private Boolean active = Boolean.TRUE;
    private ResourceForm form = new ResourceForm();

    private final LazyDataModel<ReferralResource> model = PagedList.sorted(
            () -> directory.count(filter()),
            (first, size, column, ascending) -> directory.search(filter(), first, size, column, ascending),
            SortColumn.sorting(ResourceSort.NAME, true), ReferralResource::getId);

    private ResourceFilter filter() {
        return new ResourceFilter(countyFips, kind, topicId, active);
    }

    public void save() {
        ResourceForm typed = form;
        boolean done = FormAction.done(() -> {
            if (typed.isEditing()) {
                directory.change(typed.id(), typed.version(), typed.details());
            } else {
                directory.add(typed.details());
            }
        }, FormAction.toFields("resource"), "referral.resource.saved");
        if (done) {
            form = new ResourceForm();
        }
    }

    public void edit(long id) {
        directory.find(id).ifPresent(resource -> form = ResourceForm.of(resource));
    }

    public void cancel() {
        form = new ResourceForm();
    }

    public void deactivate(long id) {
        FormAction.done(() -> directory.setActive(id, false), FormAction.toMessage(null), "referral.resource.deactivated");
    }

    public void activate(long id) {
        FormAction.done(() -> directory.setActive(id, true), FormAction.toMessage(null), "referral.resource.activated");
    }

    public void remove(long id) {
        FormAction.done(() -> directory.remove(id), FormAction.toMessage(null), "referral.resource.removed");
    }

    public LazyDataModel<ReferralResource> getModel() {
        return model;
    }

    public ResourceForm getForm() {
        return form;
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    public ServiceLanguage[] getLanguages() {
        return ServiceLanguage.values();
    }

    /** Retired topics too: a resource keeps the topics it had, and the directory can still be filtered by them. */
    public List<HelplineTopic> getTopics() {
        return topics.all();
    }

    public String getCountyFips() {
        return countyFips;
    }

    public void setCountyFips(String countyFips) {
        this.countyFips = countyFips;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public Long getTopicId() {
        return topicId;
    }

    public void setTopicId(Long topicId) {
        this.topicId = topicId;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}

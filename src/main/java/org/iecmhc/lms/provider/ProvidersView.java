package org.iecmhc.lms.provider;

import java.io.Serializable;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.web.PagedList;
import org.iecmhc.lms.platform.web.SortColumn;
import org.primefaces.model.LazyDataModel;

/** The provider registry list: searched, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class ProvidersView implements Serializable {

    @Inject
    ProviderRegistry registry;

    private String text;
    private ProviderKind kind;
    private final Reach reach = new Reach();

    private final LazyDataModel<Provider> model = PagedList.sorted(
            () -> registry.count(search()),
            (first, size, column, ascending) -> registry.search(search(), first, size, column, ascending),
            SortColumn.sorting(ProviderSort.NAME, true), Provider::getId);

    private ProviderSearch search() {
        return new ProviderSearch(text, kind, reach.getCountyFips(), reach.getLanguage());
    }

    public void deactivate(long id) {
        requireEditor();
        registry.setActive(id, false);
        Messages.info("provider.deactivated");
    }

    public void activate(long id) {
        requireEditor();
        registry.setActive(id, true);
        Messages.info("provider.activated");
    }

    /** Helpline staff and faculty may look up providers but not change the registry, even by a forged request. */
    public boolean isEditor() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.ADMINISTRATOR) || external.isUserInRole(Roles.CONSULTANT);
    }

    private void requireEditor() {
        if (!isEditor()) {
            throw new SecurityException("Only administrators and consultants change the provider registry");
        }
    }

    public LazyDataModel<Provider> getModel() {
        return model;
    }

    public ProviderKind[] getKinds() {
        return ProviderKind.values();
    }

    public Reach getReach() {
        return reach;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public void setKind(ProviderKind kind) {
        this.kind = kind;
    }
}

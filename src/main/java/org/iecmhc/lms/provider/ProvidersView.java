package org.iecmhc.lms.provider;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.PagedList;
import org.iecmhc.lms.platform.web.SortColumn;
import org.primefaces.model.LazyDataModel;

/**
 * The provider registry list: searched, filtered, sorted and paged in the database; editors confirm the programs
 * registrants added, or merge one into the entry it really is.
 */
@Named
@ViewScoped
public class ProvidersView implements Serializable {

    @Inject
    ProviderRegistry registry;

    private String text;
    private ProviderKind kind;
    private boolean unconfirmedOnly;
    private final Reach reach = new Reach();
    /** The unconfirmed entry being merged, while its merge form shows; null otherwise. */
    private Provider merging;
    private Provider kept;

    private static final int SUGGESTIONS = 10;

    private final LazyDataModel<Provider> model = PagedList.sorted(
            () -> registry.count(search()),
            (first, size, column, ascending) -> registry.search(search(), first, size, column, ascending),
            SortColumn.sorting(ProviderSort.NAME, true), Provider::getId);

    private ProviderSearch search() {
        return new ProviderSearch(text, kind, reach.getCountyFips(), reach.getLanguage(), unconfirmedOnly);
    }

    public void confirm(long id) {
        requireEditor();
        registry.confirm(id);
        Messages.info("registration.programConfirmed");
    }

    public void startMerge(long id) {
        requireEditor();
        merging = registry.find(id).orElse(null);
        kept = null;
    }

    public void cancelMerge() {
        merging = null;
    }

    public void merge() {
        requireEditor();
        try {
            Provider into = registry.merge(merging.getId(), kept == null ? null : kept.getId());
            merging = null;
            Messages.info("registration.merged", into.getName());
        } catch (InputRejected rejected) {
            Messages.reject("providers", rejected);
        }
    }

    /** The entries a program may be merged into: confirmed ones, never itself. */
    public List<Provider> suggestKept(String typed) {
        return registry.suggest(typed, SUGGESTIONS).stream().filter(Provider::isConfirmed).toList();
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
        return RegistryEditors.includeCurrentPerson();
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

    public boolean isUnconfirmedOnly() {
        return unconfirmedOnly;
    }

    public void setUnconfirmedOnly(boolean unconfirmedOnly) {
        this.unconfirmedOnly = unconfirmedOnly;
    }

    public Provider getMerging() {
        return merging;
    }

    public Provider getKept() {
        return kept;
    }

    public void setKept(Provider kept) {
        this.kept = kept;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public void setKind(ProviderKind kind) {
        this.kind = kind;
    }
}

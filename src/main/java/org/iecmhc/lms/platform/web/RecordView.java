package org.iecmhc.lms.platform.web;

import java.io.Serializable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;

/**
 * A view scoped page about one record, named by its {@code id} view parameter; without one the page makes a new
 * record. The record is read once per view, not on every request, so that a refused save keeps what was typed. A
 * record that is missing, or that the viewer may not open, shows the page's not-found panel.
 */
public abstract class RecordView implements Serializable {

    private Long id;
    private boolean loaded;
    private boolean notFound;

    /** The page's view action: runs on every request of the view. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        notFound = id == null ? !prepareNew() : !open(id);
    }

    /** Reads the record into the form; false when it is missing or not the viewer's. */
    protected abstract boolean open(long id);

    /** Prepares the form of a new record; false when the viewer may not make one here. */
    protected boolean prepareNew() {
        return true;
    }

    /** Fills the form from the record when there is one; returns whether there was. */
    protected static <T> boolean fill(Optional<T> record, Consumer<? super T> fill) {
        record.ifPresent(fill);
        return record.isPresent();
    }

    /**
     * Saves the page's form: a new record is made and the page moves to its address (the page's path), a saved one
     * is changed in place. Either way the person is told with the same message; a refusal goes to the form's fields
     * and keeps what was typed.
     */
    protected String save(String formId, String savedKey, String page, Supplier<? extends AuditedRecord> make,
                          Runnable change) {
        try {
            if (isNew()) {
                AuditedRecord made = make.get();
                Messages.infoAcrossRedirect(savedKey);
                return page + "?faces-redirect=true&id=" + made.getId();
            }
            change.run();
        } catch (InputRejected rejected) {
            Messages.reject(formId, rejected);
            return null;
        }
        Messages.info(savedKey);
        return null;
    }

    /** A saved record the viewer may open, so that what hangs off it can be listed. */
    public boolean hasRecord() {
        return id != null && !notFound;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

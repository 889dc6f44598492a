package org.iecmhc.lms.platform.security;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/**
 * A service that keeps one kind of record a consultant owns (Open-Door sessions, support series, consultation
 * assignments, webinars): every record is reached through the kind's {@link OwnRecords} rule, and changed only as the
 * person last saw it.
 *
 * @param <S> the record owned
 */
public abstract class OwnRecordsService<S extends AuditedRecord> {

    @Inject
    protected EntityManager em;

    private final OwnRecords<S> own;

    protected OwnRecordsService(OwnRecords<S> own) {
        this.own = own;
    }

    /** A record the viewer may see, or a refusal that does not reveal whether it exists. */
    public S visible(Viewer viewer, long id) {
        return own.visible(em, viewer, id);
    }

    public Optional<S> find(Viewer viewer, long id) {
        return own.find(em, viewer, id);
    }

    /** A record the viewer may change, refused when it changed since the version they saw. */
    protected S current(Viewer viewer, long id, long version) {
        S record = visible(viewer, id);
        record.requireVersion(version);
        return record;
    }
}

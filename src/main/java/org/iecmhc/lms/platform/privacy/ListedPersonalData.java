package org.iecmhc.lms.platform.privacy;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;

/**
 * A feature's part in an export that is one list of the person's records, one object a record (the sessions a
 * consultant facilitated, the tokens of an account). A feature says which records and what of each is exported.
 *
 * @param <T> the record listed
 */
public abstract class ListedPersonalData<T> implements PersonalData {

    @Inject
    protected EntityManager em;

    private final String section;
    private final String query;
    private final Class<T> type;

    /**
     * @param query finds the person's records in the order they are exported, {@code :id} standing for their account
     *              ({@link DataSubject#records})
     */
    protected ListedPersonalData(String section, String query, Class<T> type) {
        this.section = section;
        this.query = query;
        this.type = type;
    }

    /** What of one record is exported. */
    protected abstract ExportRecord exported(T record);

    @Override
    public String section() {
        return section;
    }

    @Override
    public JsonValue export(DataSubject person) {
        return list(person.records(em, query, type), record -> exported(record).build());
    }
}

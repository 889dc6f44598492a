package org.iecmhc.lms.helpline;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.iecmhc.lms.platform.audit.AuditWriter;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.imports.CheckedImport;

/** Imports historic helpline spreadsheets: every line is checked first, then all are stored or none. */
@ApplicationScoped
public class HelplineImport extends CheckedImport<CallRecord, CallImportReader> {

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    Counties counties;

    @Inject
    Clock clock;

    @Inject
    AuditWriter audit;

    public HelplineImport() {
        super(CallImportReader.COLUMNS, (csv, reader) -> reader.read(csv));
    }

    /** Stores every call of the file in batches, past the persistence context. */
    @Override
    protected void store(List<CallRecord> calls) {
        try (Connection connection = dataSource.getConnection()) {
            CallBatchWriter.insert(connection, calls);
        } catch (SQLException e) {
            throw new PersistenceException("The helpline import could not be stored", e);
        }
        audit.recordBulk("HelplineCall", calls.size() + " calls imported");
    }

    /** The reader over the topics and counties as stored. */
    @Override
    protected CallImportReader known() {
        List<HelplineTopic> topics = em.createQuery("select t from HelplineTopic t", HelplineTopic.class).getResultList();
        return new CallImportReader(counties.lookup(), new TopicLookup(topics), clock);
    }
}

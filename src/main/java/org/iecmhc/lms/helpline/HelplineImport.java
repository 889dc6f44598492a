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
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.audit.AuditWriter;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.imports.CsvImport;
import org.iecmhc.lms.platform.imports.ImportResult;

/** Imports historic helpline spreadsheets: every line is checked first, then all are stored or none. */
@ApplicationScoped
public class HelplineImport implements CsvImport<CallRecord> {

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

    /** What the file would import, without storing anything: for the preview. */
    @Override
    public ImportResult<CallRecord> check(String csv) {
        return reader().read(csv);
    }

    /** Stores every call of the file, or nothing when any line has a problem (then listed in the answer). */
    @Transactional
    @Override
    public ImportResult<CallRecord> importCsv(String csv) {
        ImportResult<CallRecord> result = reader().read(csv);
        if (!result.isClean()) {
            return result;
        }
        try (Connection connection = dataSource.getConnection()) {
            CallBatchWriter.insert(connection, result.records());
        } catch (SQLException e) {
            throw new PersistenceException("The helpline import could not be stored", e);
        }
        audit.recordBulk("HelplineCall", result.records().size() + " calls imported");
        return result;
    }

    private CallImportReader reader() {
        List<HelplineTopic> topics = em.createQuery("select t from HelplineTopic t", HelplineTopic.class).getResultList();
        return new CallImportReader(counties.lookup(), new TopicLookup(topics), clock);
    }

    @Override
    public List<String> columns() {
        return CallImportReader.COLUMNS;
    }
}

package org.iecmhc.lms.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.sessions.Session;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entities name a column only where it is not the snake_case of its attribute ({@link SnakeCaseColumns}): every
 * column that the mappings read or write, named or derived, is a column of the migrated schema.
 */
class MappedColumnsPersistenceTest {

    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.migrated();
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void everyMappedColumnIsInTheSchema() throws SQLException {
        Set<String> schema = schemaColumns();
        Set<String> missing = new TreeSet<>();
        for (DatabaseField field : mappedFields()) {
            String column = (field.getTableName() + "." + field.getName()).toLowerCase(Locale.ROOT);
            if (!schema.contains(column)) {
                missing.add(column);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void anUnnamedColumnIsTheSnakeCaseOfItsAttribute() {
        assertEquals("applied_on", SnakeCaseColumns.snakeCase("appliedOn"));
        assertEquals("password_change_required", SnakeCaseColumns.snakeCase("passwordChangeRequired"));
        assertEquals("title", SnakeCaseColumns.snakeCase("title"));
    }

    private static List<DatabaseField> mappedFields() {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        try {
            List<DatabaseField> fields = new ArrayList<>();
            for (ClassDescriptor descriptor : em.unwrap(Session.class).getDescriptors().values()) {
                if (descriptor.isAggregateDescriptor()) {
                    continue;
                }
                fields.addAll(descriptor.getFields());
                descriptor.getMappings().forEach(mapping -> {
                    if (mapping instanceof ManyToManyMapping joinTable) {
                        fields.addAll(joinTable.getSourceRelationKeyFields());
                        fields.addAll(joinTable.getTargetRelationKeyFields());
                    } else if (mapping instanceof DirectCollectionMapping collectionTable) {
                        fields.addAll(collectionTable.getReferenceKeyFields());
                        fields.add(collectionTable.getDirectField());
                    }
                });
            }
            return fields;
        } finally {
            em.close();
        }
    }

    private static Set<String> schemaColumns() throws SQLException {
        Set<String> columns = new HashSet<>();
        try (Connection connection = database.dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getColumns(connection.getCatalog(), null, "%", "%")) {
            while (rows.next()) {
                columns.add((rows.getString("TABLE_NAME") + "." + rows.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }
}

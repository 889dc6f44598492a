package org.iecmhc.lms.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void withNoUrlTheEmbeddedH2FileDatabaseUnderDataIsUsed() {
        String url = DatabaseSettings.DEFAULT_H2_URL;
        assertTrue(url.startsWith("jdbc:h2:file:" + Path.of("data", "lms").toAbsolutePath()), url);
        assertTrue(url.contains("MODE=MySQL"));
        DatabaseSettings settings = new DatabaseSettings(url, "", "");
        assertFalse(settings.isMySql());
        assertInstanceOf(JdbcDataSource.class, settings.createVendorDataSource());
    }

    @Test
    void aMySqlUrlUsesConnectorJ() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:mysql://db:3306/lms", "lms", "secret");
        assertTrue(settings.isMySql());
        MysqlDataSource mysql = assertInstanceOf(MysqlDataSource.class, settings.createVendorDataSource());
        assertTrue(mysql.getURL().startsWith("jdbc:mysql://db:3306/lms"));
    }

    @Test
    void connectionsToMySqlCanLoadFromMemoryButSendNoFile() throws Exception {
        MysqlDataSource mysql = (MysqlDataSource) new DatabaseSettings("jdbc:mysql://db/lms", "", "").createVendorDataSource();
        assertTrue(mysql.getRewriteBatchedStatements());
        assertEquals("/dev/null/none", mysql.getAllowLoadLocalInfileInPath());
        assertFalse(mysql.getAllowLoadLocalInfile(), "only MemoryLoad's own statement allows local data, with its own stream");
        assertFalse(mysql.getAllowUrlInLocalInfile());
    }

    @Test
    void connectionsToMySqlGiveUpInsteadOfHangingWhenTheServerStopsAnswering() throws Exception {
        MysqlDataSource mysql = (MysqlDataSource) new DatabaseSettings("jdbc:mysql://db:3306/lms", "lms", "secret", 2, 7)
                .createVendorDataSource();
        assertEquals(2000, mysql.getConnectTimeout());
        assertEquals(7000, mysql.getSocketTimeout());
        MysqlDataSource byDefault = (MysqlDataSource) new DatabaseSettings("jdbc:mysql://db/lms", "", "").createVendorDataSource();
        assertTrue(byDefault.getSocketTimeout() > 0 && byDefault.getSocketTimeout() < 10_000, "under the 10-second limit");
    }

    @Test
    void anotherKindOfDatabaseIsRefusedWithAClearMessage() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new DatabaseSettings("jdbc:postgresql://db/lms", "", "").createVendorDataSource());
        assertTrue(refused.getMessage().contains("jdbc:mysql:"));
    }
}

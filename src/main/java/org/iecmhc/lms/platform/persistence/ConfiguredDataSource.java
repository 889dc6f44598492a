package org.iecmhc.lms.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The class named by the application's container data source (web.xml). Payara pools the connections;
 * this class only decides, from MicroProfile Config, whether they go to H2 or to MySQL. Doing it here rather
 * than with variables in the data-source definition lets one WAR serve both without a driver setting.
 */
public class ConfiguredDataSource implements DataSource {

    private final DataSource target =
            DatabaseSettings.from(ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()))
                    .createVendorDataSource();

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    /** The pool may pass its own (empty) credentials; the configured ones always win. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}

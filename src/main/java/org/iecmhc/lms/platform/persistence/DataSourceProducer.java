package org.iecmhc.lms.platform.persistence;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The application's data source for the few bulk operations done in plain JDBC (imports), by constructor injection. */
@ApplicationScoped
public class DataSourceProducer {

    @Produces
    @Resource(lookup = "java:app/jdbc/lms")
    DataSource dataSource;
}

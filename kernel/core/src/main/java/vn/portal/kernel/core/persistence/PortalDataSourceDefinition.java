package vn.portal.kernel.core.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the one shared JTA datasource every persistence unit (kernel and plugins) uses. */
@DataSourceDefinition(
        name = PortalDataSourceDefinition.JNDI_NAME,
        className = "vn.portal.kernel.core.persistence.PortalDataSource",
        // both bounds must be set or Payara logs "-1 out of bounds" (STACK.md trap 7)
        minPoolSize = 2,
        maxPoolSize = 32,
        transactional = true)
@ApplicationScoped
public class PortalDataSourceDefinition {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}

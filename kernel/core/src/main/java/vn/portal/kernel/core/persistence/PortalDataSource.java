package vn.portal.kernel.core.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.config.PortalHome;

/**
 * The physical connection factory behind the container's JTA datasource
 * ({@code java:app/jdbc/portal}, see {@link PortalDataSourceDefinition}). The
 * container pools and enlists the connections; this class only opens them,
 * for the database named in portal.properties. A {@code @DataSourceDefinition}
 * cannot read that file itself, and the vendor is not known until it is read.
 */
public class PortalDataSource implements DataSource {

    private volatile Driver driver;
    private volatile String url;
    private volatile Properties credentials;
    private int loginTimeout;

    private void init() throws SQLException {
        if (driver != null) {
            return;
        }
        synchronized (this) {
            if (driver != null) {
                return;
            }
            PortalConfig config = PortalConfig.load(PortalHome.fromEnvironment());
            String jdbcUrl = config.dbUrl();
            DatabaseVendor vendor = DatabaseVendor.fromUrl(jdbcUrl);
            Properties props = new Properties();
            props.setProperty("user", config.get("db.user", vendor == DatabaseVendor.H2 ? "sa" : ""));
            props.setProperty("password", config.get("db.password", ""));
            try {
                Driver d = (Driver) Class.forName(vendor.driverClass(), true, PortalDataSource.class.getClassLoader())
                        .getConstructor().newInstance();
                this.url = jdbcUrl;
                this.credentials = props;
                this.driver = d;
            } catch (ReflectiveOperationException e) {
                throw new SQLException("JDBC driver " + vendor.driverClass() + " is not available", e);
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        init();
        Connection c = driver.connect(url, credentials);
        if (c == null) {
            throw new SQLException("The JDBC driver does not accept the URL " + url);
        }
        return c;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the container logs pool activity itself
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}

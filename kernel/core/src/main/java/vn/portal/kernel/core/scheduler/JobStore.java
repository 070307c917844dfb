package vn.portal.kernel.core.scheduler;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;

/**
 * The {@code kernel_job} table. A run is claimed by moving {@code next_run_at}
 * forward with a conditional update; only one node's update can succeed.
 */
@ApplicationScoped
public class JobStore {

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    /** @return true when this node won the run that was due at or before now */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String jobId, Instant firstRun, Duration interval, String node) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE kernel_job SET next_run_at = ?, last_run_by = ?, last_run_at = ? WHERE job_id = ? AND next_run_at <= ?")) {
                ps.setTimestamp(1, Timestamp.from(now.toInstant().plus(interval)));
                ps.setString(2, node);
                ps.setTimestamp(3, now);
                ps.setString(4, jobId);
                ps.setTimestamp(5, now);
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM kernel_job WHERE job_id = ?")) {
                ps.setString(1, jobId);
                if (ps.executeQuery().next()) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kernel_job (job_id, next_run_at) VALUES (?, ?)")) {
                ps.setString(1, jobId);
                ps.setTimestamp(2, Timestamp.from(firstRun));
                ps.executeUpdate();
            } catch (SQLException duplicate) {
                // another node inserted it first: fine
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim job " + jobId + ": " + e.getMessage(), e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordError(String jobId, String error) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE kernel_job SET last_error = ? WHERE job_id = ?")) {
            ps.setString(1, error == null ? null : error.length() > 1900 ? error.substring(0, 1900) : error);
            ps.setString(2, jobId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the error of job " + jobId + ": " + e.getMessage(), e);
        }
    }
}

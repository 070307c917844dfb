package vn.portal.kernel.api.scheduler;

import java.time.Duration;
import org.pf4j.ExtensionPoint;

/**
 * A recurring job. Cluster-safe: the kernel claims each run through a database
 * row, so one node runs it per interval whatever the number of nodes.
 */
public interface ScheduledJob extends ExtensionPoint {

    /** Unique within the plugin. */
    String id();

    Duration interval();

    void run() throws Exception;
}

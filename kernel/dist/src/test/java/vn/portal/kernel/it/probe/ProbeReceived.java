package vn.portal.kernel.it.probe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row per event the listener has seen; {@code times} counts redeliveries. */
@Entity
@Table(name = "probe_received")
public class ProbeReceived {
    @Id
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    public int times;
}

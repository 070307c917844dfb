package vn.portal.kernel.it.probe;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "probe_item")
public class ProbeItem {
    @Id
    public String id;
    public String title;
    public String site;
    @jakarta.persistence.Column(name = "unit_code")
    public String unitCode;
}

package vn.portal.plugins.eform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last receipt number given per agency and day ({@code H99.01-261121}). */
@Entity
@Table(name = "eform_counter")
public class Counter {

    @Id
    String id;
    @Column(name = "last_value")
    int lastValue;
}

package vn.portal.kernel.it.probe;

import java.util.List;
import vn.portal.kernel.api.persistence.EntityContribution;

public class ProbeEntities implements EntityContribution {
    @Override
    public List<Class<?>> entityClasses() {
        return List.of(ProbeItem.class, ProbeReceived.class);
    }

    @Override
    public List<String> migrationLocations() {
        return List.of("db/probe");
    }
}

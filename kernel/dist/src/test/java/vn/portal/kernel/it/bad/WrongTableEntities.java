package vn.portal.kernel.it.bad;

import java.util.List;
import vn.portal.kernel.api.persistence.EntityContribution;

public class WrongTableEntities implements EntityContribution {
    @Override
    public List<Class<?>> entityClasses() {
        return List.of(WrongTable.class);
    }

    @Override
    public List<String> migrationLocations() {
        return List.of("db/badprefix");
    }
}

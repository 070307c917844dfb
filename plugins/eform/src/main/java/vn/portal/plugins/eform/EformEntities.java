package vn.portal.plugins.eform;

import java.util.List;
import org.pf4j.Extension;
import vn.portal.kernel.api.persistence.EntityContribution;

/** The plugin's entities and migrations, declared together. */
@Extension
public class EformEntities implements EntityContribution {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Form.class, FormVersion.class, Draft.class, Dossier.class, Attachment.class, HistoryEntry.class,
                Counter.class, Secret.class);
    }

    @Override
    public List<String> migrationLocations() {
        // db/<vendor>/eform holds the few statements the databases write differently (ALTER COLUMN); it is
        // not under db/eform, which Flyway scans with its sub-folders
        return List.of("db/eform", "db/{vendor}/eform");
    }
}

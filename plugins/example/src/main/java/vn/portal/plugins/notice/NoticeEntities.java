package vn.portal.plugins.notice;

import java.util.List;
import org.pf4j.Extension;
import vn.portal.kernel.api.persistence.EntityContribution;

/** The plugin's entities and migrations, declared together. */
@Extension
public class NoticeEntities implements EntityContribution {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Notice.class);
    }

    @Override
    public List<String> migrationLocations() {
        return List.of("db/notice");
    }
}

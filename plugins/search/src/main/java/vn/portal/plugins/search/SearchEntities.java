package vn.portal.plugins.search;

import java.util.List;
import org.pf4j.Extension;
import vn.portal.kernel.api.persistence.EntityContribution;
import vn.portal.plugins.search.synonyms.SiteSynonyms;

/** The plugin's one table: each site's synonyms. The index itself lives on local disk. */
@Extension
public class SearchEntities implements EntityContribution {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(SiteSynonyms.class);
    }

    @Override
    public List<String> migrationLocations() {
        return List.of("db/search");
    }
}

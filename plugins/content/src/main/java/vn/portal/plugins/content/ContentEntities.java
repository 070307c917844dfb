package vn.portal.plugins.content;

import java.util.List;
import org.pf4j.Extension;
import vn.portal.kernel.api.persistence.EntityContribution;

/** The plugin's entities and migrations, declared together. */
@Extension
public class ContentEntities implements EntityContribution {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(ContentItem.class, ContentRevision.class, PublishedItem.class, ContentTransition.class, PublishedField.class,
                Syndication.class, Category.class, Comment.class, MediaFile.class);
    }

    @Override
    public List<String> migrationLocations() {
        return List.of("db/content");
    }
}

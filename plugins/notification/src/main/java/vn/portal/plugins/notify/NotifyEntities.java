package vn.portal.plugins.notify;

import java.util.List;
import org.pf4j.Extension;
import vn.portal.kernel.api.persistence.EntityContribution;
import vn.portal.plugins.notify.domain.Attempt;
import vn.portal.plugins.notify.domain.Delivery;
import vn.portal.plugins.notify.domain.InboxMessage;
import vn.portal.plugins.notify.domain.Preference;
import vn.portal.plugins.notify.domain.Secret;
import vn.portal.plugins.notify.domain.Subscription;
import vn.portal.plugins.notify.domain.Template;

/** The plugin's tables (migrations in db/notify). */
@Extension
public class NotifyEntities implements EntityContribution {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Delivery.class, Attempt.class, Template.class, Subscription.class, InboxMessage.class,
                Preference.class, Secret.class);
    }

    @Override
    public List<String> migrationLocations() {
        // db/<vendor>/notify: what the databases spell differently (dropping an index); not under
        // db/notify, whose scan would find every vendor's copy
        return List.of("db/notify", "db/{vendor}/notify");
    }
}

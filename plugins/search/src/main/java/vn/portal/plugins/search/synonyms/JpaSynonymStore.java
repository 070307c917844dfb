package vn.portal.plugins.search.synonyms;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import vn.portal.kernel.api.plugin.PluginContext;

/** Synonym rules in the plugin's table {@code search_synonyms}, audited. */
public final class JpaSynonymStore implements SynonymStore {

    private final PluginContext context;

    public JpaSynonymStore(PluginContext context) {
        this.context = context;
    }

    @Override
    public Optional<String> rules(String siteKey) {
        return context.transactions().required(() -> Optional.ofNullable(em().find(SiteSynonyms.class, siteKey))
                .map(s -> s.rules));
    }

    @Override
    public void save(String siteKey, String rules, String user) {
        context.transactions().required(() -> {
            SiteSynonyms s = em().find(SiteSynonyms.class, siteKey);
            if (s == null) {
                s = new SiteSynonyms();
                s.siteKey = siteKey;
                em().persist(s);
            }
            s.rules = rules;
            s.updatedBy = user;
            s.updatedAt = Timestamp.from(Instant.now());
            context.audit().record("synonyms.saved", siteKey, siteKey, rules.lines().count() + " lines");
            return s;
        });
    }

    @Override
    public void reset(String siteKey, String user) {
        context.transactions().required(() -> {
            SiteSynonyms s = em().find(SiteSynonyms.class, siteKey);
            if (s != null) {
                em().remove(s);
            }
            context.audit().record("synonyms.reset", siteKey, siteKey, "defaults by " + user);
            return null;
        });
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}

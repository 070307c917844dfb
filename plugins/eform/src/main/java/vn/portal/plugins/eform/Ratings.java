package vn.portal.plugins.eform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;

/**
 * The applicant's satisfaction rating: with the dossier's code and lookup token, once the result
 * was returned, once per dossier (the row is locked, so two clicks cannot both count).
 */
final class Ratings {

    private final PluginContext context;
    private final Dossiers dossiers;

    Ratings(PluginContext context, Dossiers dossiers) {
        this.context = context;
        this.dossiers = dossiers;
    }

    /** @throws ApiProblem 404 wrong code or token, 400 unknown level, 409 not returned yet or already rated */
    Dossier rate(Site site, String receiptCode, String token, String level, String locale) {
        Texts t = Texts.of("eform.stats", locale);
        Dossier found = dossiers.lookUp(site.key(), receiptCode, token)
                .orElseThrow(() -> ApiProblem.notFound(Texts.of(locale).get("error.notFound")));
        Rating rating = Rating.parse(level);
        if (rating == null) {
            throw ApiProblem.badRequest(t.get("rating.unknown"), Map.of("rating", t.get("rating.unknown") + " "
                    + Arrays.toString(Rating.values())));
        }
        Dossier d = context.transactions().required(() -> {
            Dossier x = em().createQuery("select d from Dossier d where d.id = :id", Dossier.class)
                    .setParameter("id", found.id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
            if (!Status.RESULT_RETURNED.name().equals(x.status)) {
                throw new ApiProblem(409, t.get("rating.notYet"), Map.of());
            }
            if (x.rating != null) {
                throw new ApiProblem(409, t.get("rating.already"), Map.of());
            }
            x.rating = rating.name();
            x.ratedAt = Timestamp.from(Instant.now());
            return x;
        });
        context.pageCache().invalidate(EformPlugin.dossierTag(d.id));
        return d;
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}

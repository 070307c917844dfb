package vn.portal.plugins.eform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.eform.schema.FormDefinition;
import vn.portal.plugins.eform.schema.FormParser;
import vn.portal.plugins.eform.schema.SchemaException;
import vn.portal.plugins.eform.schema.SchemaProblem;

/**
 * Forms and their versions. A version is a DRAFT until published; then it never changes, and
 * the form's current version points at it. Dossiers name the version they were made with.
 */
final class FormStore {

    private static final Logger LOG = Logger.getLogger(FormStore.class.getName());

    private final PluginContext context;
    private final FormParser parser;
    /** Published versions never change: parsed once. */
    private final Map<String, FormDefinition> parsed = new ConcurrentHashMap<>();

    FormStore(PluginContext context, FormParser parser) {
        this.context = context;
        this.parser = parser;
    }

    FormParser parser() {
        return parser;
    }

    /** The published current version of a form of the site, by its key. */
    Optional<LoadedForm> current(String siteKey, String formKey) {
        return context.transactions().required(() -> em().createQuery(
                "select f from Form f where f.siteKey = :s and f.formKey = :k and f.currentVersion is not null", Form.class)
                .setParameter("s", siteKey).setParameter("k", formKey).getResultStream().findFirst()
                .map(f -> load(f, f.currentVersion)));
    }

    /** The published current version of the site's form for a procedure. */
    Optional<LoadedForm> forProcedure(String siteKey, String procedureCode) {
        return context.transactions().required(() -> em().createQuery("select f from Form f where f.siteKey = :s and "
                + "f.procedureCode = :p and f.currentVersion is not null order by f.createdAt", Form.class)
                .setParameter("s", siteKey).setParameter("p", procedureCode).getResultStream().findFirst()
                .map(f -> load(f, f.currentVersion)));
    }

    /** The published forms of a procedure on every site (the page showing it may belong to another site). */
    List<LoadedForm> publishedForProcedure(String procedureCode) {
        return context.transactions().required(() -> em().createQuery("select f from Form f where f.procedureCode = :p"
                + " and f.currentVersion is not null order by f.siteKey, f.formKey", Form.class)
                .setParameter("p", procedureCode).getResultList().stream().map(f -> load(f, f.currentVersion)).toList());
    }

    /** The forms of a site citizens can fill in, by procedure code. */
    List<LoadedForm> published(String siteKey) {
        return context.transactions().required(() -> em().createQuery(
                "select f from Form f where f.siteKey = :s and f.currentVersion is not null order by f.procedureCode",
                Form.class).setParameter("s", siteKey).getResultList().stream().map(f -> load(f, f.currentVersion))
                .toList());
    }

    /** Any version of a form (the one a dossier or draft was made with). */
    Optional<LoadedForm> version(String formId, int version) {
        return context.transactions().required(() -> Optional.ofNullable(em().find(Form.class, formId))
                .map(f -> load(f, version)));
    }

    List<Form> all(String siteKey) {
        return context.transactions().required(() -> em().createQuery(
                "select f from Form f where f.siteKey = :s order by f.formKey", Form.class).setParameter("s", siteKey)
                .getResultList());
    }

    List<FormVersion> versions(String formId) {
        return context.transactions().required(() -> em().createQuery(
                "select v from FormVersion v where v.formId = :f order by v.version", FormVersion.class)
                .setParameter("f", formId).getResultList());
    }

    Optional<Form> byKey(String siteKey, String formKey) {
        return context.transactions().required(() -> em().createQuery(
                "select f from Form f where f.siteKey = :s and f.formKey = :k", Form.class).setParameter("s", siteKey)
                .setParameter("k", formKey).getResultStream().findFirst());
    }

    private LoadedForm load(Form f, int version) {
        String key = f.id + ":" + version;
        FormDefinition def = parsed.get(key);
        if (def == null) {
            FormVersion v = em().createQuery("select v from FormVersion v where v.formId = :f and v.version = :n",
                    FormVersion.class).setParameter("f", f.id).setParameter("n", version).getSingleResult();
            def = parser.parse(v.definition);
            if ("PUBLISHED".equals(v.status)) {
                parsed.put(key, def); // a draft may still change (the builder saves it in place)
            }
        }
        return new LoadedForm(f.id, f.siteKey, f.formKey, f.procedureCode, version, def);
    }

    /**
     * Every problem of a definition, each at its place, the procedures catalog included: what the
     * form builder shows at its fields. None: {@link #createVersion} and {@link #saveDraft} accept it.
     */
    List<SchemaProblem> problems(String json) {
        List<SchemaProblem> problems = new ArrayList<>(parser.problems(json));
        if (problems.stream().noneMatch(p -> p.path().equals("procedure") || p.path().isEmpty())) {
            String code;
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
                code = reader.readObject().getString("procedure");
            }
            if (context.catalogs().find("procedures", code, LocalDate.now(WorkingDays.VIETNAM)).isEmpty()) {
                problems.add(new SchemaProblem("procedure", "procedureUnknown", List.of(code),
                        "not a current code of the procedures catalog"));
            }
        }
        return problems;
    }

    /**
     * The builder's save: the draft version being edited ({@code editing}, never published) is
     * replaced in place, so saving often does not pile up versions; otherwise a new draft version.
     */
    FormVersion saveDraft(Site site, String json, String user, Integer editing) {
        FormDefinition def = checked(json);
        if (editing != null) {
            FormVersion saved = context.transactions().required(() -> {
                Form f = em().createQuery("select f from Form f where f.siteKey = :s and f.formKey = :k", Form.class)
                        .setParameter("s", site.key()).setParameter("k", def.key()).getResultStream().findFirst()
                        .orElse(null);
                FormVersion v = f == null ? null : em().createQuery("select v from FormVersion v where v.formId = :f "
                        + "and v.version = :n", FormVersion.class).setParameter("f", f.id).setParameter("n", editing)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
                if (v == null || !"DRAFT".equals(v.status)) {
                    return null;
                }
                Timestamp now = Timestamp.from(Instant.now());
                v.definition = json;
                v.createdBy = user;
                v.createdAt = now;
                f.procedureCode = def.procedure();
                f.titleVi = def.title().vi();
                f.titleEn = def.title().en();
                f.updatedAt = now;
                context.audit().record("eform.form.version-saved", site.key(), f.id, def.key() + " v" + v.version);
                return v;
            });
            if (saved != null) {
                return saved;
            }
        }
        return createVersion(site, json, user);
    }

    private FormDefinition checked(String json) {
        List<SchemaProblem> problems = problems(json);
        if (!problems.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            problems.forEach(p -> fields.merge(p.path().isEmpty() ? "definition" : p.path(), p.message(),
                    (a, b) -> a + " " + b));
            throw ApiProblem.badRequest("The form definition is not valid: " + new SchemaException(problems).getMessage(),
                    fields);
        }
        return parser.parse(json);
    }

    /**
     * A new version (DRAFT) of the form the definition's key names on this site, the form
     * itself if it is new. The procedure must be in the catalog.
     */
    FormVersion createVersion(Site site, String json, String user) {
        FormDefinition def = checked(json);
        return context.transactions().required(() -> {
            Timestamp now = Timestamp.from(Instant.now());
            Form f = em().createQuery("select f from Form f where f.siteKey = :s and f.formKey = :k", Form.class)
                    .setParameter("s", site.key()).setParameter("k", def.key()).getResultStream().findFirst().orElse(null);
            if (f == null) {
                f = new Form();
                f.id = UUID.randomUUID().toString();
                f.siteKey = site.key();
                f.formKey = def.key();
                f.createdAt = now;
                em().persist(f);
            }
            f.procedureCode = def.procedure();
            f.titleVi = def.title().vi();
            f.titleEn = def.title().en();
            f.updatedAt = now;
            Integer last = em().createQuery("select max(v.version) from FormVersion v where v.formId = :f", Integer.class)
                    .setParameter("f", f.id).getSingleResult();
            FormVersion v = new FormVersion();
            v.id = UUID.randomUUID().toString();
            v.formId = f.id;
            v.version = last == null ? 1 : last + 1;
            v.status = "DRAFT";
            v.definition = json;
            v.createdBy = user;
            v.createdAt = now;
            em().persist(v);
            context.audit().record("eform.form.version-created", site.key(), f.id, def.key() + " v" + v.version);
            return v;
        });
    }

    /** Makes a version the one citizens fill in; dossiers made with older versions keep theirs. */
    Form publish(Site site, String formKey, int version) {
        return context.transactions().required(() -> {
            Form f = em().createQuery("select f from Form f where f.siteKey = :s and f.formKey = :k", Form.class)
                    .setParameter("s", site.key()).setParameter("k", formKey).getResultStream().findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("No form " + formKey + " on " + site.key()));
            FormVersion v = em().createQuery("select v from FormVersion v where v.formId = :f and v.version = :n",
                    FormVersion.class).setParameter("f", f.id).setParameter("n", version).getResultStream().findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("No version " + version + " of " + formKey));
            if (v.publishedAt == null) {
                v.publishedAt = Timestamp.from(Instant.now());
            }
            v.status = "PUBLISHED";
            f.currentVersion = version;
            f.updatedAt = Timestamp.from(Instant.now());
            context.audit().record("eform.form.published", site.key(), f.id, formKey + " v" + version);
            context.pageCache().invalidate(EformPlugin.FORMS_TAG + site.key(), EformPlugin.procedureTag(f.procedureCode));
            return f;
        });
    }

    /**
     * First start: the sample forms of sites/demo/eform, each on the site of the agency that
     * handles its procedure, when that procedure is in the catalog and the form is not there.
     */
    int seed(String seedName) {
        int n = 0;
        for (String name : resourceLines("seed/eform/" + seedName + "/index")) {
            String json = resource("seed/eform/" + seedName + "/" + name);
            if (json == null) {
                continue;
            }
            FormDefinition def = parser.parse(json);
            LocalDate today = LocalDate.now(WorkingDays.VIETNAM);
            Optional<CatalogEntry> procedure = context.catalogs().find("procedures", def.procedure(), today);
            String agency = procedure.map(p -> p.attributes().get("agency")).orElse(null);
            Optional<Site> site = context.sites().all().stream().filter(s -> agency != null && agency.equals(s.agencyCode()))
                    .findFirst();
            if (site.isEmpty() || byKey(site.get().key(), def.key()).isPresent()) {
                continue;
            }
            FormVersion v = createVersion(site.get(), json, "system");
            publish(site.get(), def.key(), v.version);
            n++;
        }
        if (n > 0) {
            LOG.info("First start: " + n + " sample e-forms from sites/" + seedName + "/eform (sample data)");
        }
        return n;
    }

    private static List<String> resourceLines(String name) {
        String s = resource(name);
        return s == null ? List.of() : s.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String resource(String name) {
        try (InputStream in = FormStore.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}

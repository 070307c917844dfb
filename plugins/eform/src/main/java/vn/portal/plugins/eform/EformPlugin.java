package vn.portal.plugins.eform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.plugin.PortalPlugin;
import vn.portal.plugins.eform.api.PrefillSource;
import vn.portal.plugins.eform.schema.FormParser;

/**
 * The e-form plugin: online public services. Its services are made once per plugin context
 * (a reload gets a new context) and shared by its extensions.
 */
public class EformPlugin extends PortalPlugin {

    private static final Logger LOG = Logger.getLogger(EformPlugin.class.getName());
    static final String FORMS_TAG = "eform:forms:";
    private static final Map<PluginContext, Services> SERVICES = new ConcurrentHashMap<>();

    /** Everything the extensions share. */
    record Services(FormStore forms, Dossiers dossiers, Drafts drafts, Secrets secrets, Prefill prefill, int maxUploadMb,
            FormFiles files) {
    }

    public EformPlugin(PluginContext context) {
        super(context);
    }

    static Services services(PluginContext context) {
        return SERVICES.computeIfAbsent(context, EformPlugin::create);
    }

    static FormStore forms(PluginContext context) {
        return services(context).forms();
    }

    private static Services create(PluginContext c) {
        int maxUpload = Integer.parseInt(c.settings().get("max-upload-mb").orElse("20"));
        WorkingDays days = WorkingDays.parse(c.settings().get("holidays").orElse(""));
        Secrets secrets = new Secrets(key(c));
        List<PrefillSource> builtIn = new ArrayList<>(List.of(new CatalogPrefill(c.catalogs()), new ProfilePrefill()));
        builtIn.addAll(RestPrefillSource.configured(c.settings()));
        Prefill prefill = new Prefill(builtIn, () -> c.extensions(PrefillSource.class));
        FormStore forms = new FormStore(c, new FormParser(maxUpload));
        return new Services(forms, new Dossiers(c, secrets, prefill, days),
                new Drafts(c, Integer.parseInt(c.settings().get("draft-days").orElse("30"))), secrets, prefill, maxUpload,
                new FormFiles(c, maxUpload));
    }

    /** {@code plugin.eform.secret} if set, else a key made on first start and kept in the database. */
    private static byte[] key(PluginContext c) {
        String configured = c.settings().get("secret").orElse(null);
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        String stored = c.transactions().required(() -> {
            Secret s = c.persistence().entityManager().find(Secret.class, "signing");
            return s == null ? null : s.value;
        });
        if (stored == null) {
            try {
                c.transactions().required(() -> {
                    Secret s = new Secret();
                    s.id = "signing";
                    s.value = Secrets.newKey();
                    c.persistence().entityManager().persist(s);
                });
            } catch (RuntimeException e) {
                // another node made it first
            }
            stored = c.transactions().required(() -> c.persistence().entityManager().find(Secret.class, "signing").value);
        }
        return Base64.getDecoder().decode(stored);
    }

    @Override
    public void start() {
        String seed = context().settings().get("seed").orElse("demo");
        if (!"none".equals(seed)) {
            try {
                forms(context()).seed(seed);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The sample e-forms could not be loaded: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void stop() {
        SERVICES.remove(context());
    }

    /**
     * The cache tag of the search plugin's page of a procedure ({@code /thu-tuc-hanh-chinh/<code>}), where
     * {@link ProcedureLinksWidget} shows the procedure's online form and files: dropped when either changes.
     */
    static String procedureTag(String procedureCode) {
        return "search:procedure:" + procedureCode;
    }

    static String draftTag(String draftId) {
        return "eform:draft:" + draftId;
    }

    static String dossierTag(String dossierId) {
        return "eform:dossier:" + dossierId;
    }

    static LocalDate today() {
        return LocalDate.now(WorkingDays.VIETNAM);
    }
}

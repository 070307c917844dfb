package vn.portal.plugins.search.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.search.SearchPermissions;
import vn.portal.plugins.search.SearchService;
import vn.portal.plugins.search.Texts;
import vn.portal.plugins.search.index.RebuildStatus;

/**
 * The state behind the admin's search page (ADR 0005): the sites the administrator manages
 * search for, the index's status there, the rebuild's progress, and one site's synonyms being
 * edited. Every action checks {@code search:manage:<site>} again.
 */
public class SearchAdminModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final PluginContext context;
    private final SearchService service;
    private String siteKey;
    private String synonyms;
    private List<String> problems = List.of();

    SearchAdminModel(PluginContext context, SearchService service) {
        this.context = context;
        this.service = service;
        this.siteKey = getSiteKeys().stream().findFirst().orElse(null);
        this.synonyms = siteKey == null ? "" : service.synonymText(siteKey);
    }

    /** One line of the status table (a class with getters: EL cannot read records). */
    public static final class Row {
        private final String name;
        private final long documents;
        private final String lastChange;
        private final int waiting;

        Row(String name, long documents, String lastChange, int waiting) {
            this.name = name;
            this.documents = documents;
            this.lastChange = lastChange;
            this.waiting = waiting;
        }

        public String getName() {
            return name;
        }

        public long getDocuments() {
            return documents;
        }

        public String getLastChange() {
            return lastChange;
        }

        public int getWaiting() {
            return waiting;
        }
    }

    public List<String> getSiteKeys() {
        PortalUser user = context.identity().currentUser().orElse(null);
        return context.sites().all().stream().map(Site::key).filter(k -> user != null
                && context.identity().isPermitted(user, SearchPermissions.MANAGE + ":" + k)).toList();
    }

    public String siteName(String key) {
        return context.sites().find(key).map(s -> s.name(language())).orElse(key);
    }

    public List<Row> getRows() {
        return getSiteKeys().stream().map(k -> {
            Instant last = service.index().lastChange(k);
            return new Row(siteName(k), service.index().read(i -> i.count(k)),
                    last == null ? t().get("admin.never") : WHEN.format(last), service.index().waiting(k));
        }).toList();
    }

    public boolean isRebuilding() {
        return service.index().isRebuilding();
    }

    public boolean isNeedsRebuild() {
        return service.index().needsRebuild();
    }

    /** 0–100 for the progress bar (polled by the page while a rebuild runs). */
    public int getProgress() {
        RebuildStatus s = service.index().status();
        return s == null ? 0 : s.getPercent();
    }

    public void setProgress(int ignored) {
        // the progress bar posts its value back; the index decides it
    }

    /** A sentence on the running or the last rebuild, or null. */
    public String getRebuildText() {
        RebuildStatus s = service.index().status();
        Texts t = t();
        if (s == null) {
            return null;
        }
        if (s.isRunning()) {
            return t.get("admin.reindexRunning", s.getDocuments(), s.getSitesDone(), s.getSitesTotal());
        }
        if (s.getError() != null) {
            return t.get("admin.reindexFailed", s.getError());
        }
        return t.get("admin.reindexDone", WHEN.format(s.getFinishedAt()), s.getDocuments(), s.getReason());
    }

    public void reindex() {
        if (!permitted()) {
            return;
        }
        String user = context.identity().currentUser().map(PortalUser::username).orElse("?");
        if (service.rebuildLater("admin " + user, Duration.ZERO)) {
            context.audit().record("index.reindex", siteKey, "search", "full reindex requested in the admin");
            info(t().get("admin.reindexStarted"));
        } else {
            info(t().get("admin.reindexBusy"));
        }
    }

    public void changeSite() {
        problems = List.of();
        synonyms = permitted() ? service.synonymText(siteKey) : "";
    }

    public void saveSynonyms() {
        if (!permitted()) {
            return;
        }
        String user = context.identity().currentUser().map(PortalUser::username).orElse("?");
        problems = service.saveSynonyms(siteKey, synonyms, user).stream().map(p -> {
            int colon = p.indexOf(':');
            return colon > 0 ? t().get("admin.line", p.substring(0, colon)) + ":" + p.substring(colon + 1) : p;
        }).toList();
        if (problems.isEmpty()) {
            info(t().get("admin.saved"));
        } else {
            FacesContext.getCurrentInstance().validationFailed();
            FacesContext.getCurrentInstance().addMessage("searchAdmin:synonyms", new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, t().get("admin.badLines"), null));
        }
    }

    public void resetSynonyms() {
        if (!permitted()) {
            return;
        }
        service.resetSynonyms(siteKey, context.identity().currentUser().map(PortalUser::username).orElse("?"));
        synonyms = service.synonymText(siteKey);
        problems = List.of();
        info(t().get("admin.resetDone"));
    }

    public boolean isOwnSynonyms() {
        return siteKey != null && permitted(siteKey) && service.hasOwnSynonyms(siteKey);
    }

    private boolean permitted() {
        if (siteKey != null && permitted(siteKey)) {
            return true;
        }
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                t().get("admin.forbidden"), null));
        return false;
    }

    private boolean permitted(String key) {
        return context.identity().isPermitted(SearchPermissions.MANAGE + ":" + key);
    }

    private void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(text));
    }

    /** For the view: {@code #{model.t('admin.status')}}. */
    public String t(String key) {
        return t().get(key);
    }

    private Texts t() {
        return Texts.of(language());
    }

    private static String language() {
        FacesContext fc = FacesContext.getCurrentInstance();
        Locale l = fc == null || fc.getViewRoot() == null ? null : fc.getViewRoot().getLocale();
        return l != null && "en".equals(l.getLanguage()) ? "en" : "vi";
    }

    public String getSiteKey() {
        return siteKey;
    }

    public void setSiteKey(String siteKey) {
        this.siteKey = siteKey;
    }

    public String getSynonyms() {
        return synonyms;
    }

    public void setSynonyms(String synonyms) {
        this.synonyms = synonyms;
    }

    public List<String> getProblems() {
        return problems;
    }
}

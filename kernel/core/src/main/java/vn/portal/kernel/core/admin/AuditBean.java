package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.core.audit.AuditChain;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.audit.AuditRecord;
import vn.portal.kernel.core.identity.UserAccount;
import vn.portal.kernel.core.identity.UserStore;
import vn.portal.kernel.core.site.SiteService;

/**
 * The audit log, searchable (actor, action prefix, site, days), a page at a time;
 * exported as CSV by the REST endpoint with the same filters; and its hash chain checked.
 */
@Named
@ViewScoped
public class AuditBean extends GuardedPage {

    private static final long serialVersionUID = 1L;
    static final String FORM = "auditForm";
    static final int PAGE_SIZE = 50;

    @Inject
    AuditLog audit;
    @Inject
    UserStore users;
    @Inject
    SiteService sites;
    @Inject
    AdminAccess access;
    @Inject
    LocaleBean locale;

    private String actor;
    private String action;
    private String site;
    private LocalDate from;
    private LocalDate to;
    /** The filters of the rows shown (the CSV link follows these, not half-typed ones). */
    private Map<String, String> applied = Map.of();
    private int page;
    private boolean more;
    private List<AuditRow> rows = List.of();
    /** The last check of the chain, kept as plain fields: the view scope may be serialized, a record is not. */
    private Boolean chainValid;
    private long checked;
    private Long firstBroken;
    private String brokenKind = "";

    @PostConstruct
    void init() {
        allowed = access.isAuditView();
        if (allowed) {
            search();
        }
    }

    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            FacesContext.getCurrentInstance().validationFailed();
            AdminMessages.error(FORM + ":to", "audit.error.to");
            return;
        }
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "actor", actor);
        put(f, "action", action);
        put(f, "site", site);
        put(f, "from", from == null ? null : AdminTime.startOf(from).toString());
        // the day chosen as "to" is included: the query's bound is the next midnight
        put(f, "to", to == null ? null : AdminTime.startOf(to.plusDays(1)).toString());
        applied = f;
        page = 0;
        load();
    }

    public void clear() {
        actor = action = site = null;
        from = to = null;
        search();
    }

    public void next() {
        if (more) {
            page++;
            load();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            load();
        }
    }

    private void load() {
        if (AdminAccess.deny(access.isAuditView(), FORM)) {
            rows = List.of();
            return;
        }
        // one more than a page tells whether there is a next page, without counting everything
        List<AuditRecord> found = audit.search(applied.get("actor"), applied.get("action"), applied.get("site"),
                instant(applied.get("from")), instant(applied.get("to")), page * PAGE_SIZE, PAGE_SIZE + 1);
        more = found.size() > PAGE_SIZE;
        Map<String, String> names = users.all().stream().collect(Collectors.toMap(UserAccount::id, UserAccount::username));
        rows = found.stream().limit(PAGE_SIZE).map(r -> new AuditRow(r, names.get(r.target()))).toList();
    }

    public void verify() {
        if (AdminAccess.deny(access.isAuditView(), FORM)) {
            return;
        }
        AuditChain.Verification v = audit.verify();
        chainValid = v.valid();
        checked = v.checked();
        firstBroken = v.firstBrokenSeq();
        // the check's reason in the page's words: a record changed, or a link of the chain missing
        brokenKind = v.reason() == null ? "" : v.reason().contains("altered") ? "altered" : "link";
    }

    /** The REST export with the shown filters; a GET, so the admin session is enough. */
    public String getCsvUrl() {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/api/v1/audit?format=csv");
        applied.forEach((k, v) -> url.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return url.toString();
    }

    private static void put(Map<String, String> f, String key, String value) {
        if (value != null && !value.isBlank()) {
            f.put(key, value.trim());
        }
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    public List<AuditRow> getRows() {
        return rows;
    }

    public List<SiteRow> getSiteChoices() {
        java.text.Collator collator = java.text.Collator.getInstance(locale.getLocale());
        return sites.all().stream().sorted(java.util.Comparator.comparing(Site::nameVi, collator))
                .map(s -> new SiteRow(s, null, locale.isEnglish())).toList();
    }

    public int getPageNumber() {
        return page + 1;
    }

    public boolean isFirstPage() {
        return page == 0;
    }

    public boolean isMore() {
        return more;
    }

    public boolean isVerified() {
        return chainValid != null;
    }

    public boolean isChainValid() {
        return Boolean.TRUE.equals(chainValid);
    }

    public long getChecked() {
        return checked;
    }

    public Long getFirstBroken() {
        return firstBroken;
    }

    public String getBrokenKind() {
        return brokenKind;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

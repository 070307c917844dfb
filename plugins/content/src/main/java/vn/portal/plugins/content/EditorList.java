package vn.portal.plugins.content;

import java.util.List;
import vn.portal.kernel.api.site.Site;

/** The items of the chosen site, newest change first, filtered and a page at a time. */
public class EditorList {

    static final int SIZE = 20;

    private final EditorModel model;
    private String type;
    private String status;
    private String locale;
    private String query;
    private int page;
    private boolean more;
    private List<EditorRow> rows = List.of();

    EditorList(EditorModel model) {
        this.model = model;
    }

    void load() {
        Site site = model.site();
        if (site == null) {
            rows = List.of();
            more = false;
            return;
        }
        model.access().staff();
        List<ContentItem> found = model.service().listPage(site, blank(type), blank(status), blank(locale), query, page,
                SIZE);
        more = found.size() > SIZE;
        rows = found.stream().limit(SIZE).map(i -> new EditorRow(i, model.service().definitions().type(i.type),
                model.texts())).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Filters changed: back to the first page. */
    public void search() {
        page = 0;
        load();
    }

    public void clear() {
        type = null;
        status = null;
        locale = null;
        query = null;
        search();
    }

    public void next() {
        if (more) {
            page++;
        }
        load();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        load();
    }

    public List<EditorRow> getRows() {
        return rows;
    }

    public boolean isMore() {
        return more;
    }

    public boolean isFirstPage() {
        return page == 0;
    }

    public int getPageNumber() {
        return page + 1;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}

package vn.portal.plugins.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteKind;
import vn.portal.kernel.api.site.SiteStatus;
import vn.portal.kernel.testkit.InMemoryPluginContext;

/** The admin editor's rules and conversions, outside the container. */
class EditorTest {

    static final Site SITE = site("so-noi-vu", List.of());
    static final PortalUser AUTHOR = new PortalUser("u-1", "bientap", "Biên Tập");
    final Definitions definitions = Definitions.load();

    @Test
    void theEditorAsksTheSameRulesAsTheRestApi() {
        InMemoryPluginContext context = new InMemoryPluginContext("content").site(SITE)
                .signIn(AUTHOR, "content:create:so-noi-vu");
        ContentService service = new ContentService(context, definitions);
        ContentAccess access = new ContentAccess(context, service, SITE);
        ContentItem own = item("bientap", "draft");
        ContentItem others = item("someone", "draft");
        assertTrue(access.isStaff(AUTHOR));
        assertTrue(access.mayEdit(AUTHOR, own), "authors edit their own drafts");
        assertFalse(access.mayEdit(AUTHOR, others));
        assertFalse(access.mayEdit(AUTHOR, item("bientap", "submitted")), "not once submitted");
        assertEquals(List.of("submit"), access.actions(AUTHOR, own).stream().map(Workflow.Action::name).toList());

        context.signIn(AUTHOR, "content:approve:so-noi-vu", "content:publish:so-noi-vu");
        assertEquals(List.of("approve", "reject"), access.actions(AUTHOR, item("x", "submitted")).stream()
                .map(Workflow.Action::name).toList());
        assertFalse(new ContentAccess(context, service, site("so-tai-chinh", List.of())).isStaff(AUTHOR),
                "permissions are per site");
    }

    @Test
    void fieldsAreEditedInTheirOwnTypesAndSavedAsTheServiceStoresThem() {
        EditorForm form = new EditorForm(null, definitions.type("event"), "vi");
        form.setTitle("Hội nghị tập huấn");
        EditorField startsAt = form.getFields().get(0);
        assertEquals("datetime", startsAt.getWidget());
        startsAt.setDateTime(LocalDateTime.of(2026, 7, 1, 8, 30, 15));
        form.getFields().get(3).setValue("<p>Nội dung</p>");
        ItemInput in = form.input();
        assertEquals(Map.of("startsAt", "2026-07-01T08:30", "body", "<p>Nội dung</p>"), in.fields());
        assertNull(in.version(), "a new item has no version yet");
        assertNull(in.slug(), "an empty address is made from the title");
        assertEquals("/su-kien/hoi-nghi-tap-huan", form.getAddress());

        EditorForm legal = new EditorForm(null, definitions.type("legal-document"), "vi");
        EditorField issued = legal.getFields().stream().filter(f -> f.getName().equals("issueDate")).findFirst()
                .orElseThrow();
        issued.setDate(LocalDate.of(2026, 3, 2));
        assertEquals("2026-03-02", legal.input().fields().get("issueDate"));
        assertEquals("upload", legal.getFields().stream().filter(f -> f.getName().equals("file")).findFirst()
                .orElseThrow().getWidget());

        EditorForm article = new EditorForm(null, definitions.type("article"), "vi");
        EditorField featured = article.getFields().stream().filter(f -> f.getName().equals("featured")).findFirst()
                .orElseThrow();
        assertEquals("check", featured.getWidget());
        assertFalse(article.input().fields().containsKey("featured"), "unchecked is left out");
        featured.setFlag(true);
        assertEquals("true", article.input().fields().get("featured"));
    }

    @Test
    void serverProblemsAreShownInTheEditorsWords() {
        EditorTexts t = new EditorTexts(() -> "vi");
        assertEquals("Cần nhập tiêu đề.", t.problem("title", "Tiêu đề là bắt buộc / the title is required", "Tiêu đề"));
        assertEquals("Dài quá: tối đa 500 ký tự.", t.problem("title", "at most 500 characters", "Tiêu đề"));
        assertTrue(t.problem("slug", "already used", "Địa chỉ").startsWith("Địa chỉ này đã được"));
        assertEquals("something new", t.problem("fields.x", "something new", "X"), "unknown texts pass through");
    }

    @Test
    void previewsOfHostlessSitesStayOnTheAdminsHost() {
        InMemoryPluginContext context = new InMemoryPluginContext("content").site(SITE);
        assertEquals("/s/so-noi-vu/xem-truoc/abc", PreviewPages.url(context, SITE, "vi", "abc"));
        assertEquals("/s/so-noi-vu/en/xem-truoc/abc", PreviewPages.url(context, SITE, "en", "abc"));
        Site own = site("so-tai-chinh", List.of("stc.hoaan.gov.vn"));
        assertTrue(PreviewPages.url(context, own, "vi", "abc").startsWith("http://"), "a site's own host keeps it");
    }

    private static ContentItem item(String author, String status) {
        ContentItem i = new ContentItem();
        i.id = "i-1";
        i.siteKey = SITE.key();
        i.author = author;
        i.status = status;
        return i;
    }

    private static Site site(String key, List<String> hosts) {
        return new Site(key, key, key, SiteKind.DEPARTMENT, null, "H99.01", null, hosts, null, List.of("vi", "en"),
                "default", SiteStatus.ACTIVE, null, false, Map.of());
    }
}

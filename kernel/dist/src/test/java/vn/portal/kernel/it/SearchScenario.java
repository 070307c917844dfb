package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.portal.kernel.it.PortalScenario.assertProblem;
import static vn.portal.kernel.it.PortalScenario.field;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The search plugin end to end, on the real portal: what is published is found within a
 * second, edits replace the old text, what is taken down or never published is not found;
 * sites and the whole province; junk input; a corrupt index rebuilt after a restart, and by
 * the administrator's reindex.
 */
final class SearchScenario {

    static final String SITE = ContentScenario.SITE;
    static final Duration SOON = Duration.ofSeconds(1);

    private final PortalProcess portal;
    private final ContentScenario content;

    SearchScenario(PortalProcess portal) {
        this.portal = portal;
        this.content = new ContentScenario(portal);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    HttpResponse<String> api(String site, String query) throws Exception {
        return portal.get("/api/v1/search?site=" + site + "&" + query);
    }

    /** Polls the API until the answer satisfies the check, or fails after {@code within} (plus the poll). */
    String until(String site, String query, Predicate<String> check, Duration within, String what) throws Exception {
        Instant deadline = Instant.now().plus(within);
        String body;
        do {
            HttpResponse<String> r = api(site, query);
            assertEquals(200, r.statusCode(), r.body());
            body = r.body();
            if (check.test(body)) {
                return body;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(deadline));
        fail(what + " (after " + within.toMillis() + " ms): " + body);
        return body;
    }

    /** The index built at the first start is in place (the one-second promise is for a running portal). */
    void awaitIndexReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String status;
        do {
            status = portal.adminGet("/api/v1/search/admin/status?site=" + SITE).body();
            if (status.contains("\"needsRebuild\":false") && status.contains("\"rebuilding\":false")) {
                return;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        fail("the search index is not ready: " + status);
    }

    void publishedItemsAreFoundEditsReplaceTheOldTextAndNothingUnpublishedIsFound() throws Exception {
        awaitIndexReady();
        String tag = "kx" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String draft = field(portal.adminSend("POST", ContentScenario.API + "/items?site=" + SITE, "{\"type\":\"article\","
                + "\"title\":\"Bản nháp tuyển dụng " + tag + "\",\"fields\":{\"body\":\"<p>Nháp " + tag + "</p>\"}}")
                .body(), "id");
        String id = content.publishAsAdmin("{\"type\":\"article\",\"title\":\"Thông báo tuyển dụng công chức " + tag
                + "\",\"summary\":\"Sở Nội vụ tuyển dụng năm 2026\",\"fields\":{\"body\":\"<p>Hồ sơ dự tuyển nộp tại"
                + " <strong>Sở Nội vụ</strong> " + tag + "</p>\"}}");
        String found = until(SITE, "q=" + enc("tuyển dụng " + tag), b -> b.contains("\"id\":\"" + id + "\""), SOON,
                "published: found within a second");
        assertTrue(found.contains("<mark>"), "highlights: " + found);
        assertTrue(found.contains("\"url\":\"http://localhost:" + portal.port + "/s/" + SITE + "/tin-tuc/"), found);
        assertFalse(found.contains(draft), "a draft is never found");
        assertTrue(api(SITE, "q=" + enc("tuyen dung " + tag)).body().contains(id), "without diacritics");

        // an edit stays private until published again; then only the new text is found
        String item = portal.adminGet(ContentScenario.item(id)).body();
        int version = Integer.parseInt(item.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
        HttpResponse<String> edit = portal.adminSend("PUT", ContentScenario.item(id), "{\"title\":\"Kết quả thi nâng"
                + " ngạch " + tag + "\",\"version\":" + version + ",\"fields\":{\"body\":\"<p>Danh sách đạt kết quả "
                + tag + "</p>\"}}");
        assertEquals(200, edit.statusCode(), edit.body());
        Thread.sleep(300);
        assertFalse(api(SITE, "q=" + enc("nâng ngạch")).body().contains(id), "the edit is not public yet");
        portal.adminSend("POST", "/api/v1/content/items/" + id + "/transitions?site=" + SITE, "{\"action\":\"publish\"}");
        // the new title, not just the id: until the new version is in, the old one answers "any word" (the tag)
        until(SITE, "q=" + enc("nâng ngạch " + tag), b -> b.contains("Kết quả thi nâng ngạch " + tag), SOON,
                "the new text");
        String old = api(SITE, "q=" + enc("tuyển dụng công chức " + tag)).body();
        assertFalse(old.contains("Thông báo tuyển dụng công chức " + tag) || old.contains("Sở Nội vụ tuyển dụng năm"),
                "the old version is no longer in the index: " + old);

        // the page: header box → results page with the hit, highlights and facets
        String page = portal.get("/s/" + SITE + "/tim-kiem?q=" + enc("nâng ngạch " + tag)).body();
        assertTrue(page.contains("class=\"search-results\"") && page.contains("<mark>"), page);
        assertTrue(page.contains("class=\"search-facets\"") && page.contains("Tin bài"), "facets with labels");
        assertTrue(page.contains("action=\"http://localhost:" + portal.port + "/s/" + SITE + "/tim-kiem\""), "the form");
        assertTrue(portal.get("/s/" + SITE + "/en/search?q=" + enc(tag)).statusCode() == 200, "the English page");

        portal.adminSend("POST", "/api/v1/content/items/" + id + "/transitions?site=" + SITE,
                "{\"action\":\"unpublish\",\"comment\":\"Gỡ để cập nhật\"}");
        until(SITE, "q=" + enc(tag), b -> !b.contains("\"id\":\"" + id + "\""), SOON, "unpublished: gone");
        until(SITE, "q=" + enc(tag), b -> b.contains("\"total\":0"), SOON, "nothing unpublished is returned");
        // the cached results page is dropped when the listener's transaction commits, just after the
        // index already answers without the item
        Instant deadline = Instant.now().plus(SOON);
        String again;
        do {
            again = portal.get("/s/" + SITE + "/tim-kiem?q=" + enc("nâng ngạch " + tag)).body();
        } while (again.contains("nang-ngach-" + tag) && Instant.now().isBefore(deadline));
        assertFalse(again.contains("nang-ngach-" + tag), "the cached results page was dropped");
    }

    void aSiteSearchesItselfAndTheProvinceSearchesEverything() throws Exception {
        awaitIndexReady();
        String tag = "pv" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String id = content.publishAsAdmin("{\"type\":\"article\",\"title\":\"Chuyển đổi số ngành nội vụ " + tag
                + "\",\"fields\":{\"body\":\"<p>Kế hoạch " + tag + "</p>\"}}");
        until("tinh", "q=" + tag, b -> b.contains(id), SOON, "the province finds its departments' items");
        until(SITE, "q=" + tag, b -> b.contains(id), SOON, "the site finds its own");
        assertFalse(api("so-tai-chinh", "q=" + tag).body().contains(id), "another department does not");
        assertTrue(api("so-tai-chinh", "q=" + tag + "&scope=all").body().contains(id), "unless it asks for the province");
        assertTrue(portal.get("/s/so-tai-chinh/tim-kiem?q=" + tag).body().contains("name=\"scope\""),
                "child sites offer the whole province");
        String suggest = portal.get("/api/v1/search/suggest?site=tinh&q=" + enc("Chuyển đổi số ngành")).body();
        assertTrue(suggest.contains(tag), "suggestions as you type: " + suggest);
        String procedures = api("tinh", "q=" + enc("khai sinh")).body();
        assertTrue(procedures.contains("\"source\":\"procedure\"") && procedures.contains("/thu-tuc-hanh-chinh/"),
                "the catalog's procedures are found: " + procedures);
        String url = procedures.replaceAll("(?s).*?\"url\":\"(http[^\"]*thu-tuc-hanh-chinh[^\"]*)\".*", "$1");
        assertEquals(200, portal.get(url.replace("http://localhost:" + portal.port, "")).statusCode(), url);
    }

    void junkInputIsSearchedAsTextAndBadFiltersAreExplained() throws Exception {
        for (String junk : new String[] {"\"unbalanced", "title:(x AND", "*?~^[]{}!", "a\\", "%%%", "OR AND NOT",
                "x".repeat(3000), "<script>alert(1)</script>"}) {
            HttpResponse<String> r = api(SITE, "q=" + enc(junk));
            assertEquals(200, r.statusCode(), junk + " → " + r.body());
            HttpResponse<String> page = portal.get("/s/" + SITE + "/tim-kiem?q=" + enc(junk));
            assertEquals(200, page.statusCode(), junk);
            assertFalse(page.body().contains("<script>alert(1)"), "escaped");
        }
        assertProblem(api(SITE, "q=x&from=hom-qua"), 400);
        assertTrue(api(SITE, "q=x&from=hom-qua").body().contains("\"from\""), "the field is named");
        assertTrue(api(SITE, "q=x&size=100000").body().contains("\"size\":50"), "size capped");
        assertTrue(portal.get("/s/" + SITE + "/tim-kiem?q=x&from=hom-qua").body().contains("Từ ngày"),
                "the page explains a bad filter");
    }

    void aCorruptIndexIsRebuiltAfterARestartAndByTheAdministratorsReindex() throws Exception {
        awaitIndexReady();
        String tag = "ci" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String id = content.publishAsAdmin("{\"type\":\"article\",\"title\":\"Lịch tiếp công dân " + tag
                + "\",\"fields\":{\"body\":\"<p>Tiếp công dân " + tag + "</p>\"}}");
        until(SITE, "q=" + tag, b -> b.contains(id), SOON, "indexed");
        portal.stop();
        Path data = portal.home.resolve("data/plugins/search");
        int corrupted = 0;
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p) && p.getParent().getFileName().toString()
                    .startsWith("index-")).toList()) {
                Files.write(f, "hỏng".getBytes(StandardCharsets.UTF_8));
                corrupted++;
            }
        }
        assertTrue(corrupted > 0, "index files in " + data);
        portal.start();
        assertEquals(200, portal.get("/s/" + SITE + "/").statusCode(), "pages are served meanwhile");
        assertEquals(200, api(SITE, "q=" + tag).statusCode(), "and searches answer");
        until(SITE, "q=" + tag, b -> b.contains(id), Duration.ofSeconds(60), "rebuilt from the database after the restart");
        assertTrue(portal.log().contains("cannot be read and is rebuilt"), "the operator is told");

        HttpResponse<String> started = portal.adminSend("POST", "/api/v1/search/admin/reindex?site=" + SITE, "{}");
        assertEquals(200, started.statusCode(), started.body());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String status;
        do {
            Thread.sleep(200);
            status = portal.adminGet("/api/v1/search/admin/status?site=" + SITE).body();
            assertTrue(api(SITE, "q=" + tag).body().contains(id), "searches keep answering during the reindex");
        } while (status.contains("\"rebuilding\":true") && Instant.now().isBefore(deadline));
        assertTrue(status.contains("\"rebuilding\":false") && status.contains("\"percent\":100"), status);
        assertTrue(api(SITE, "q=" + tag).body().contains(id), "found in the new index");
    }

    void synonymsArePerSiteAndAppliedAtQueryTime() throws Exception {
        awaitIndexReady();
        String tag = "sy" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String id = content.publishAsAdmin("{\"type\":\"article\",\"title\":\"Hội nghị " + tag
                + " về phòng cháy chữa cháy\",\"fields\":{\"body\":\"<p>" + tag + "</p>\"}}");
        until(SITE, "q=" + enc("PCCC " + tag), b -> b.contains(id), SOON, "default synonyms");
        String path = "/api/v1/search/admin/synonyms?site=" + SITE;
        assertTrue(portal.adminGet(path).body().contains("PCCC"), "the defaults to start from");
        assertProblem(portal.adminSend("PUT", path, "{\"rules\":\"chỉ một\"}"), 400);
        assertEquals(200, portal.adminSend("PUT", path, "{\"rules\":\"hn" + tag + ", hội nghị\"}").statusCode());
        assertTrue(api(SITE, "q=hn" + tag).body().contains(id), "the site's own rule applies at once");
        assertFalse(api("so-tai-chinh", "q=hn" + tag + "&scope=all").body().contains(id), "only on that site");
        assertEquals(200, portal.adminSend("DELETE", path, null).statusCode());
        assertTrue(portal.adminGet(path).body().contains("\"own\":false"));
    }
}

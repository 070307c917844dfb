package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What must hold on every supported database, checked against a real portal
 * started by {@code ./portal start} with the test plugins in its plugins folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortalScenario {

    PortalProcess portal;

    /** A fresh home, configured for the database under test. */
    abstract PortalProcess createPortal() throws Exception;

    @BeforeAll
    void startPortal() throws Exception {
        portal = createPortal();
        TestPlugins.installAll(portal.home.resolve("plugins"));
        portal.start();
    }

    @AfterAll
    void stopPortal() throws Exception {
        try {
            if (portal != null) {
                portal.close();
            }
        } finally {
            cleanUp();
        }
    }

    /** Releases what {@link #createPortal()} made besides the home (a database, say). */
    void cleanUp() throws Exception {
    }

    // ---- public pages ----------------------------------------------------------------

    @Test
    void homePageOfTheDemoProvinceInTheTheme() throws Exception {
        HttpResponse<String> home = portal.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        for (String expected : new String[] {"Ủy ban nhân dân tỉnh Hòa An", "Trang chủ", "Giới thiệu",
                "Dịch vụ công trực tuyến", "Sơ đồ cổng", "vanphong@hoaan.gov.vn", "lang=\"vi\"", "Dữ liệu mẫu"}) {
            assertTrue(home.body().contains(expected), "home page lacks " + expected);
        }
        assertTrue(home.headers().firstValue("Set-Cookie").isEmpty(), "anonymous pages must not open a session");
        HttpResponse<String> en = portal.get("/en/");
        assertEquals(200, en.statusCode());
        assertTrue(en.body().contains("lang=\"en\"") && en.body().contains("Home"), "English home page");
        HttpResponse<String> dept = portal.get("/s/so-noi-vu/");
        assertEquals(200, dept.statusCode());
        assertTrue(dept.body().contains("Sở Nội vụ"));
        assertTrue(portal.get("/so-do-cong").body().contains("/s/so-noi-vu/"), "site map lists the sub-portals");
    }

    @Test
    void unknownPagesAndSitesAreRealNotFoundPages() throws Exception {
        for (String path : new String[] {"/khong-co-trang-nay", "/s/khong-co/", "/probe/missing"}) {
            HttpResponse<String> r = portal.get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("Không tìm thấy trang"), path + " is not the theme's 404 page");
        }
    }

    @Test
    void pluginRoutesAndWidgetsRenderInsideTheTheme() throws Exception {
        HttpResponse<String> r = portal.get("/probe/xin-chao");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("class=\"probe-page\">xin-chao"));
        assertTrue(r.body().contains("Probe xin-chao"), "page title from the plugin");
        assertTrue(r.body().contains("probe widget on tinh"), "sidebar widget");
        assertTrue(r.body().contains("Ủy ban nhân dân tỉnh Hòa An"), "inside the site's theme");
    }

    // ---- sites -----------------------------------------------------------------------

    @Test
    void sitesApiListsTheDemoTreeWithPublicUrls() throws Exception {
        String body = portal.get("/api/v1/sites").body();
        assertTrue(count(body, "\"kind\":\"PROVINCE\"") >= 1);
        assertTrue(count(body, "\"kind\":\"DEPARTMENT\"") >= 3);
        assertTrue(count(body, "\"kind\":\"COMMUNE\"") >= 2);
        assertTrue(body.contains("\"url\":\"http://localhost:" + portal.port + "/s/so-noi-vu/\""), body);
        assertTrue(body.contains("\"url\":\"http://localhost:" + portal.port + "/\""), "province at the root");
        assertTrue(body.contains("\"sample\":true"));
        assertFalse(body.contains("\"sample\":false"), "every demo site is marked as sample data");
    }

    @Test
    void siteLifecycleWithHostMappingAndArchiveRedirects() throws Exception {
        String site = "{\"key\":\"so-thu-nghiem\",\"nameVi\":\"Sở Thử Nghiệm\",\"nameEn\":\"Test Department\","
                + "\"kind\":\"DEPARTMENT\",\"parent\":\"tinh\",\"agencyCode\":\"H99.05\",\"unitCode\":\"99\","
                + "\"hosts\":[\"so-thu-nghiem.localhost\"],\"locales\":[\"vi\",\"en\"]}";
        HttpResponse<String> created = portal.adminSend("POST", "/api/v1/sites", site);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"url\":\"http://so-thu-nghiem.localhost:" + portal.port + "/\""));
        assertTrue(portal.getAs("/", "so-thu-nghiem.localhost:" + portal.port).body().contains("<title>Sở Thử Nghiệm</title>"),
                "the Host header selects the site");
        assertTrue(portal.getAs("/", "localhost:" + portal.port).body().contains("<title>Tỉnh Hòa An (mẫu)</title>"),
                "a host no site claims gets the default site");
        assertEquals(409, portal.adminSend("POST", "/api/v1/sites", site).statusCode(), "duplicate key");

        HttpResponse<String> updated = portal.adminSend("PUT", "/api/v1/sites/so-thu-nghiem",
                site.replace("Sở Thử Nghiệm", "Sở Thử Nghiệm Mới"));
        assertEquals(200, updated.statusCode(), updated.body());
        assertTrue(portal.getAs("/", "so-thu-nghiem.localhost").body().contains("<title>Sở Thử Nghiệm Mới</title>"));

        assertEquals(200, portal.adminSend("POST", "/api/v1/sites/so-thu-nghiem/archive",
                "{\"redirectTo\":\"tinh\"}").statusCode());
        String audit = portal.adminGet("/api/v1/audit?action=site.&site=so-thu-nghiem").body();
        for (String action : new String[] {"site.created", "site.updated", "site.archived"}) {
            assertTrue(audit.contains("\"action\":\"" + action + "\""), "audited: " + action + " in " + audit);
        }
        assertTrue(audit.contains("before: Sở Thử Nghiệm |"), "updates carry a before/after summary");
        PortalProcess.Raw moved = portal.getAs("/gioi-thieu", "so-thu-nghiem.localhost");
        assertEquals(301, moved.status());
        assertEquals("http://localhost:" + portal.port + "/gioi-thieu", moved.location());

        String gone = "{\"key\":\"xa-cu\",\"nameVi\":\"Xã Cũ\",\"kind\":\"COMMUNE\",\"parent\":\"tinh\",\"unitCode\":\"99010\"}";
        assertEquals(201, portal.adminSend("POST", "/api/v1/sites", gone).statusCode());
        assertEquals(200, portal.get("/s/xa-cu/").statusCode());
        assertEquals(200, portal.adminSend("POST", "/api/v1/sites/xa-cu/archive", "{}").statusCode());
        assertEquals(410, portal.get("/s/xa-cu/").statusCode());
    }

    @Test
    void eachSiteHasItsOwnMainMenuAfterTheRequiredEntries() throws Exception {
        new MenuScenario(portal).aSiteAdministratorSetsTheMenuAndVisitorsSeeItAtOnce();
    }

    @Test
    void badInputGetsProblemDetailsAndWritesNothing() throws Exception {
        HttpResponse<String> malformed = portal.adminSend("POST", "/api/v1/sites", "{\"key\": \"x\", ");
        assertProblem(malformed, 400);

        HttpResponse<String> invalid = portal.adminSend("POST", "/api/v1/sites", "{\"key\":\"so-sai\",\"nameVi\":\"Sở Sai\","
                + "\"kind\":\"DEPARTMENT\",\"parent\":\"tinh\",\"agencyCode\":\"abc\",\"unitCode\":\"1234\"}");
        assertProblem(invalid, 400);
        assertTrue(invalid.body().contains("\"agencyCode\":") && invalid.body().contains("\"unitCode\":"), invalid.body());
        assertEquals(404, portal.get("/api/v1/sites/so-sai").statusCode(), "nothing half-written");
        HttpResponse<String> notInCatalog = portal.adminSend("POST", "/api/v1/sites", "{\"key\":\"so-la\",\"nameVi\":"
                + "\"Sở Lạ\",\"kind\":\"DEPARTMENT\",\"parent\":\"tinh\",\"agencyCode\":\"H99.98\",\"unitCode\":\"99\"}");
        assertProblem(notInCatalog, 400);
        assertTrue(notInCatalog.body().contains("not in the agencies catalog"), notInCatalog.body());

        assertProblem(portal.adminSend("POST", "/api/v1/sites", "{\"key\":\"a-b\",\"nameVi\":\"A\",\"kind\":\"OTHER\","
                + "\"parent\":\"khong-co\"}"), 400);
        assertProblem(portal.adminSend("PUT", "/api/v1/sites/khong-co", "{\"nameVi\":\"X\",\"kind\":\"OTHER\"}"), 404);
        assertProblem(portal.send("POST", "/api/v1/sites", "{\"key\":\"an-danh\",\"nameVi\":\"A\",\"kind\":\"OTHER\"}"), 401);
        assertProblem(portal.get("/api/v1/plugins"), 401);
        assertProblem(portal.get("/api/v1/khongco/items"), 404);
    }

    @Test
    void anUnexpectedErrorIsAProblemWithAReferenceAndALogLineNamingSiteAndPlugin() throws Exception {
        HttpResponse<String> r = portal.get("/api/v1/probe/boom?site=so-noi-vu");
        assertProblem(r, 500);
        assertFalse(r.body().contains("probe exploded"), "internal details stay in the log");
        String requestId = field(r.body(), "requestId");
        assertEquals(requestId, r.headers().firstValue("X-Request-Id").orElse(""));
        String log = portal.log();
        assertTrue(log.contains("[request=" + requestId + " site=so-noi-vu plugin=probe]"), "log names request, site, plugin");
        assertTrue(log.contains("probe exploded on purpose"));
    }

    // ---- plugins ---------------------------------------------------------------------

    @Test
    void pluginsAreListedAndBrokenOnesFailLoudlyWithoutStoppingTheStart() throws Exception {
        String body = portal.adminGet("/api/v1/plugins").body();
        assertTrue(body.matches("(?s).*\"id\":\"probe\".*"), body);
        assertEquals("STARTED", state("probe"));
        assertEquals("STARTED", state("notice"));
        assertEquals("FAILED", state("badrequires"));
        assertTrue(error("badrequires").contains("requires kernel-api '>=9.0.0' but this kernel provides 0.1.0"));
        assertEquals("FAILED", state("badprefix"));
        assertTrue(error("badprefix").contains("must start with 'badprefix_'"), error("badprefix"));
        assertEquals("FAILED", state("bundledapi"));
        assertTrue(error("bundledapi").contains("bundles its own copy of portal-kernel-api"), error("bundledapi"));
        assertTrue(body.contains("notaplugin.jar") && body.contains("not a valid plugin"), body);
        assertTrue(portal.adminGet("/api/v1/plugins/probe").body().contains("\"enabledSites\":["));
        assertTrue(portal.adminGet("/api/v1/plugins/probe").body().contains("\"tinh\""));
    }

    @Test
    void entityAndEventCommitTogetherAndTheListenerReceivesTheEvent() throws Exception {
        HttpResponse<String> created = portal.adminSend("POST", "/api/v1/probe/items?site=tinh",
                "{\"title\":\"Quyết định số 12/QĐ-UBND\"}");
        assertEquals(200, created.statusCode(), created.body());
        String id = field(created.body(), "id");
        String eventId = field(created.body(), "eventId");
        HttpResponse<String> item = portal.get("/api/v1/probe/items/" + id + "?site=tinh");
        assertEquals(200, item.statusCode());
        assertTrue(item.body().contains("Quyết định số 12/QĐ-UBND"), item.body());
        String received = awaitReceived(eventId, Duration.ofSeconds(15));
        assertTrue(received.contains("\"times\":1"), received);
        assertTrue(received.contains("\"eventType\":\"probe.item.created\""));
    }

    @Test
    void aFailedWriteRollsBackItsEventToo() throws Exception {
        HttpResponse<String> failed = portal.adminSend("POST", "/api/v1/probe/items?site=tinh&fail=true",
                "{\"title\":\"không được lưu\"}");
        assertProblem(failed, 400);
        String id = field(failed.body(), "id");
        String eventId = field(failed.body(), "eventId");
        assertEquals(404, portal.get("/api/v1/probe/items/" + id + "?site=tinh").statusCode());
        Thread.sleep(2000);
        assertEquals(404, portal.get("/api/v1/probe/received/" + eventId + "?site=tinh").statusCode(),
                "an event of a rolled-back write must never be delivered");
    }

    @Test
    void aFailingListenerIsRetriedUntilItSucceeds() throws Exception {
        assertEquals(200, portal.adminSend("POST", "/api/v1/probe/fail-next?count=2&site=tinh", "{}").statusCode());
        HttpResponse<String> created = portal.adminSend("POST", "/api/v1/probe/items?site=tinh", "{\"title\":\"retry\"}");
        String received = awaitReceived(field(created.body(), "eventId"), Duration.ofSeconds(30));
        assertTrue(received.contains("\"times\":1"), "failed tries leave nothing behind: " + received);
    }

    @Test
    void aPluginIsSwitchedPerSiteAtRuntime() throws Exception {
        assertEquals(200, portal.adminSend("PUT", "/api/v1/plugins/probe/sites/so-tai-chinh", "{\"enabled\":false}")
                .statusCode());
        try {
            assertProblem(portal.get("/api/v1/probe/items/x?site=so-tai-chinh"), 404);
            assertFalse(portal.get("/s/so-tai-chinh/").body().contains("probe-widget"));
            assertEquals(404, portal.get("/s/so-tai-chinh/probe/abc").statusCode());
            assertTrue(portal.get("/").body().contains("probe-widget"), "other sites keep the plugin");
            assertFalse(portal.adminGet("/api/v1/plugins/probe").body().contains("\"so-tai-chinh\""));
        } finally {
            assertEquals(200, portal.adminSend("PUT", "/api/v1/plugins/probe/sites/so-tai-chinh",
                    "{\"enabled\":true}").statusCode());
        }
        assertTrue(portal.get("/s/so-tai-chinh/").body().contains("probe widget on so-tai-chinh"));
        assertProblem(portal.adminSend("PUT", "/api/v1/plugins/probe/sites/so-tai-chinh", "{}"), 400);
    }

    @Test
    void pluginsImplementEachOthersExtensionPointsAndStartAfterWhatTheyNeed() throws Exception {
        // "greeter" sorts before "probe" but starts after it, so its extension can implement the probe's
        assertEquals("STARTED", state("greeter"));
        assertEquals("[\"xin chào từ greeter\"]", portal.get("/api/v1/probe/greetings?site=tinh").body());
        // same extension, but the plugin defining the extension point is absent: left out, plugin runs
        assertEquals("STARTED", state("lonely"));
        assertTrue(portal.log().contains("[plugin=lonely] extension vn.portal.kernel.it.greeter.GreeterGreeting left out"));
        assertEquals("FAILED", state("needy"));
        assertTrue(error("needy").contains("needs plugin 'absentplugin', which is not installed"), error("needy"));
    }

    @Test
    void stopStartAndReloadKeepDataAndRebuildPersistence() throws Exception {
        String id = field(portal.adminSend("POST", "/api/v1/probe/items?site=tinh", "{\"title\":\"bền vững\"}").body(), "id");
        assertTrue(portal.adminSend("POST", "/api/v1/plugins/probe/stop", null).body().contains("\"state\":\"STOPPED\""));
        assertEquals(404, portal.get("/api/v1/probe/items/" + id + "?site=tinh").statusCode());
        assertFalse(portal.get("/").body().contains("probe-widget"));
        assertTrue(portal.adminSend("POST", "/api/v1/plugins/probe/start", null).body().contains("\"state\":\"STARTED\""));
        assertTrue(portal.adminGet("/api/v1/audit?action=plugin.stopped").body().contains("\"target\":\"probe\""));
        assertTrue(portal.get("/api/v1/probe/items/" + id + "?site=tinh").body().contains("bền vững"));
        assertTrue(portal.adminSend("POST", "/api/v1/plugins/probe/reload", null).body().contains("\"state\":\"STARTED\""));
        assertTrue(portal.get("/api/v1/probe/items/" + id + "?site=tinh").body().contains("bền vững"),
                "after unload and reload the plugin reads its data through a new EntityManagerFactory");
        assertEquals("[\"xin chào từ greeter\"]", portal.get("/api/v1/probe/greetings?site=tinh").body(),
                "the plugin implementing the probe's extension point was reloaded with it");
        assertEquals("STARTED", state("greeter"));
        String eventId = field(portal.adminSend("POST", "/api/v1/probe/items?site=tinh", "{\"title\":\"sau khi nạp lại\"}")
                .body(), "eventId");
        assertTrue(awaitReceived(eventId, Duration.ofSeconds(15)).contains("\"times\":1"));
    }

    @Test
    void pluginJobsRunOnTheSchedulerAndPluginPermissionsAreListed() throws Exception {
        Instant end = Instant.now().plusSeconds(15);
        int runs = 0;
        while (runs < 2 && Instant.now().isBefore(end)) {
            runs = Integer.parseInt(portal.get("/api/v1/probe/job-runs?site=tinh").body().replaceAll("\\D", ""));
            Thread.sleep(300);
        }
        assertTrue(runs >= 2, "the 1-second job ran repeatedly: " + runs);
        String probe = portal.adminGet("/api/v1/plugins/probe").body();
        assertTrue(probe.contains("\"name\":\"probe:write\""), probe);
        assertTrue(portal.adminGet("/api/v1/plugins/notice").body().contains("\"name\":\"notice:manage\""));
    }

    @Test
    void catalogsAreOpenToReadWithETags() throws Exception {
        HttpResponse<String> names = portal.get("/api/v1/catalogs");
        assertEquals(200, names.statusCode(), names.body());
        assertTrue(names.body().contains("\"admin-units\"") && names.body().contains("\"agencies\""));
        HttpResponse<String> entries = portal.get("/api/v1/catalogs/admin-units/entries?at=2025-07-01");
        assertEquals(200, entries.statusCode(), entries.body());
        String etag = entries.headers().firstValue("ETag").orElseThrow();
        java.net.http.HttpResponse<String> again = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + portal.port
                        + "/api/v1/catalogs/admin-units/entries?at=2025-07-01")).header("If-None-Match", etag).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode(), "unchanged content is not sent again");
        assertProblem(portal.get("/api/v1/catalogs/khong-co/entries"), 404);
        assertProblem(portal.get("/api/v1/catalogs/admin-units/entries?at=1-7-2025"), 400);
    }

    @Test
    void catalogImportsAreCheckedAllOrNothingIdempotentAndExportable() throws Exception {
        new CatalogScenario(portal).dryRunThenAllOrNothingIdempotentImportAndExportRoundTrip();
    }

    @Test
    void onlyCatalogEditorsMayImport() throws Exception {
        new CatalogScenario(portal).onlyCatalogEditorsMayImport();
    }

    @Test
    void pluginsDeclareTheirOwnCatalogsAndRules() throws Exception {
        new CatalogScenario(portal).pluginsDeclareTheirOwnCatalogsAndRules();
    }

    @Test
    void aMergedUnitsSitesAreReassignedInOneStep() throws Exception {
        new CatalogScenario(portal).aMergedUnitsSitesAreReassignedInOneStep();
    }

    @Test
    void contentIsWrittenReviewedPublishedAndOnlyThenPublic() throws Exception {
        new ContentScenario(portal).anEditorWritesAPublisherPublishesAndOnlyThePublishedCopyIsPublic();
    }

    @Test
    void theDemoContentIsLoadedOnFirstStart() throws Exception {
        new ContentScenario(portal).theDemoContentIsLoadedOnFirstStart();
    }

    @Test
    void legalDocumentsAreSearchable() throws Exception {
        new ContentScenario(portal).legalDocumentsAreFoundByNumberIssuerFormYearAndSector();
    }

    @Test
    void contentIsSyndicatedUpAndDownAndAggregated() throws Exception {
        new ContentScenario(portal).itemsAreProposedUpwardsPushedDownwardsAndAggregated();
    }

    @Test
    void homeFeaturesRelatedItemsAndTranslations() throws Exception {
        new ContentScenario(portal).theHomeFeaturesItemsPagesShowRelatedItemsAndTheirTranslation();
    }

    @Test
    void contentCategoriesHavePagesAndFeeds() throws Exception {
        new ContentScenario(portal).categoriesHaveTheirPagesAndFeeds();
    }

    @Test
    void citizensAskQuestionsAndCommentOnDrafts() throws Exception {
        new ContentScenario(portal).citizensAskQuestionsAndCommentOnDrafts();
    }

    @Test
    void publishedImagesComeInResizedVariants() throws Exception {
        new ContentScenario(portal).publishedImagesComeInResizedVariants();
    }

    @Test
    void contentMediaLibrary() throws Exception {
        new ContentScenario(portal).theMediaLibraryKeepsFindsAndProtectsFiles();
    }

    @Test
    void contentUploadsAndBadInput() throws Exception {
        new ContentScenario(portal).uploadsAreCheckedByContentAndBadInputIsExplained();
    }

    @Test
    void searchFindsWhatIsPublishedAtOnceAndNeverWhatIsNot() throws Exception {
        new SearchScenario(portal).publishedItemsAreFoundEditsReplaceTheOldTextAndNothingUnpublishedIsFound();
    }

    @Test
    void searchCoversASiteOrTheWholeProvince() throws Exception {
        new SearchScenario(portal).aSiteSearchesItselfAndTheProvinceSearchesEverything();
    }

    @Test
    void searchTakesJunkAsPlainText() throws Exception {
        new SearchScenario(portal).junkInputIsSearchedAsTextAndBadFiltersAreExplained();
    }

    @Test
    void searchSynonymsArePerSite() throws Exception {
        new SearchScenario(portal).synonymsArePerSiteAndAppliedAtQueryTime();
    }

    @Test
    void aCorruptSearchIndexIsRebuilt() throws Exception {
        new SearchScenario(portal).aCorruptIndexIsRebuiltAfterARestartAndByTheAdministratorsReindex();
    }

    @Test
    void aCitizenAppliesOnlineAndStaffProcessTheDossier() throws Exception {
        new EformScenario(portal).aCitizenAppliesStepByStepAndStaffDecide();
    }

    @Test
    void aSignedInCitizenAppliesWithTheirAccount() throws Exception {
        new EformScenario(portal).aSignedInCitizenAppliesWithTheirAccountAndFindsTheDossierUnderIt();
        new EformScenario(portal).aConnectorPluginFillsFormFields();
    }

    @Test
    void downloadableFormsAreVersionedAndProcedurePagesLeadToThem() throws Exception {
        new EformScenario(portal).staffPublishDownloadableFormsAndProcedurePagesLeadToThem();
    }

    @Test
    void eformApiSubmissionsAreIdempotentAndBadInputIsExplained() throws Exception {
        new EformScenario(portal).anApiClientSubmitsOnceAndBadInputIsExplained();
        new EformScenario(portal).formsAreVersionedAndDossiersKeepTheirVersion();
    }

    @Test
    void citizensRateOnceAndStatisticsCountEveryService() throws Exception {
        new EformStatsScenario(portal).citizensRateOnceAndStatisticsCountEveryService(jdbc());
    }

    /** URL, user and password of the portal's database when a test may write to it directly; null for embedded H2. */
    String[] jdbc() {
        return null;
    }

    @Test
    void healthAndOpenApiComeFromTheRuntime() throws Exception {
        HttpResponse<String> health = portal.get("/health");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"status\":\"UP\""));
        HttpResponse<String> openapi = portal.get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/sites"), "OpenAPI document lists the kernel API");
    }

    // ---- identity --------------------------------------------------------------------

    @Test
    void siteGrantsAreEnforcedAndSessionWritesNeedTheCsrfToken() throws Exception {
        new IdentityScenario(portal).siteGrantsAreEnforcedAndSessionWritesNeedTheCsrfToken();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        new IdentityScenario(portal).fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt();
    }

    @Test
    void apiTokensAreScopedAndCanBeRevoked() throws Exception {
        new IdentityScenario(portal).apiTokensAreScopedExpireAndCanBeRevoked();
    }

    @Test
    void aSecondFactorIsAskedOnceEnrolled() throws Exception {
        new IdentityScenario(portal).aSecondFactorIsAskedOnceEnrolled();
    }

    @Test
    void administratorsCannotReuseRecentPasswords() throws Exception {
        new IdentityScenario(portal).administratorsCannotReuseRecentPasswords();
    }

    @Test
    void theAuditLogIsChainedAndExportable() throws Exception {
        new IdentityScenario(portal).theAuditLogIsChainedAndExportable();
    }

    @Test
    void aPersonsDataCanBeExportedAndErased() throws Exception {
        new IdentityScenario(portal).aPersonsDataCanBeExportedAndErased();
    }

    // ---- helpers ---------------------------------------------------------------------

    String awaitReceived(String eventId, Duration max) throws Exception {
        Instant end = Instant.now().plus(max);
        while (Instant.now().isBefore(end)) {
            HttpResponse<String> r = portal.get("/api/v1/probe/received/" + eventId + "?site=tinh");
            if (r.statusCode() == 200) {
                return r.body();
            }
            Thread.sleep(200);
        }
        fail("event " + eventId + " not delivered within " + max);
        return null;
    }

    String state(String plugin) throws Exception {
        return field(portal.adminGet("/api/v1/plugins/" + plugin).body(), "state");
    }

    String error(String plugin) throws Exception {
        return field(portal.adminGet("/api/v1/plugins/" + plugin).body(), "error");
    }

    static void assertProblem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "problem+json expected, got " + r.headers().firstValue("Content-Type"));
        assertTrue(r.body().contains("\"status\":" + status), r.body());
        assertFalse(r.body().contains("at vn.portal") || r.body().contains("Exception:"), "no stack traces: " + r.body());
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        if (!m.find()) {
            fail("no field " + name + " in " + json);
        }
        return m.group(1).replace("\\\"", "\"").replace("\\u0027", "'");
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static Path tempHome(String name) throws Exception {
        return java.nio.file.Files.createTempDirectory("portal-it-" + name);
    }
}

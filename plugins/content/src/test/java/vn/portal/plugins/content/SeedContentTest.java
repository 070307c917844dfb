package vn.portal.plugins.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a content seed file: mistakes are named with the file and the item, before anything is written. */
class SeedContentTest {

    static final Definitions DEFINITIONS = Definitions.load();
    static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");

    private static SeedContent read(String json) throws SeedContent.Problem {
        return SeedContent.read("tinh.json", json.getBytes(StandardCharsets.UTF_8), DEFINITIONS, NOW);
    }

    private static String problem(String items) {
        return assertThrows(SeedContent.Problem.class, () -> read("{\"site\":\"tinh\",\"categories\":[{\"slug\":\"tin\","
                + "\"nameVi\":\"Tin\"}],\"items\":[" + items + "]}")).getMessage();
    }

    private static final String ARTICLE = "{\"key\":\"a\",\"type\":\"article\",\"title\":\"Tin (mẫu)\","
            + "\"publishedAt\":\"2026-03-12T09:00:00+07:00\",\"categories\":[\"tin\"],\"fields\":{\"body\":\"<p>x</p>\","
            + "\"featuredImage\":\"images/a.jpg\",\"featured\":true}}";

    @Test
    void readsSiteCategoriesItemsTranslationsAndSyndication() throws Exception {
        SeedContent c = read("{\"site\":\"tinh\",\"categories\":[{\"slug\":\"tin\",\"nameVi\":\"Tin\",\"nameEn\":\"News\"}],"
                + "\"items\":[" + ARTICLE.replace("}}", "},\"syndication\":{\"push\":\"all\",\"mandatory\":true}}")
                + ",{\"key\":\"a-en\",\"type\":\"article\",\"locale\":\"en\",\"translationOf\":\"a\",\"title\":\"News (sample)\","
                + "\"publishedAt\":\"2026-03-13T09:00:00+07:00\",\"fields\":{\"body\":\"<p>y</p>\"}}]}");
        assertEquals("tinh", c.site());
        assertEquals(List.of(new SeedContent.Category("tin", "Tin", "News", 1)), c.categories());
        SeedContent.Item a = c.items().get(0);
        assertEquals(Instant.parse("2026-03-12T02:00:00Z"), a.publishedAt());
        assertEquals("true", a.fields().get("featured"), "JSON booleans become the field's text");
        assertEquals(List.of(), a.pushTo(), "\"all\" pushes to every site below");
        assertTrue(a.mandatory());
        assertEquals("a", c.items().get(1).translationOf());
        assertEquals(List.of("images/a.jpg"), c.files(DEFINITIONS));
    }

    @Test
    void mistakesNameTheFileAndTheItem() {
        assertEquals("tinh.json, item 'a': unknown type 'news'; known: " + DEFINITIONS.types().stream()
                .map(ContentType::name).toList(), problem(ARTICLE.replace("\"article\"", "\"news\"")));
        assertTrue(problem(ARTICLE.replace("\"body\"", "\"text\"")).startsWith("tinh.json, item 'a': a article has no"
                + " field 'text'"));
        assertTrue(problem(ARTICLE.replace("2026-03-12T09:00:00+07:00", "12/03/2026")).contains("item 'a': publishedAt"));
        assertTrue(problem(ARTICLE.replace("2026-03-12", "2027-03-12")).contains("lies in the future"));
        assertTrue(problem(ARTICLE.replace("[\"tin\"]", "[\"khac\"]")).contains("category \"khac\" is not one of"));
        assertTrue(problem(ARTICLE.replace("images/a.jpg", "/etc/passwd")).contains("must name a file of the seed"));
        assertTrue(problem(ARTICLE.replace("images/a.jpg", "images/../../x.jpg")).contains("must name a file of the seed"));
        assertTrue(problem(ARTICLE + "," + ARTICLE).contains("item 'a': the key is used twice"));
        assertTrue(problem(ARTICLE.replace("\"title\":\"Tin (mẫu)\",", "")).contains("item 'a': 'title' is required"));
        String orphan = ARTICLE.replace("\"key\":\"a\"", "\"key\":\"b\",\"locale\":\"en\",\"translationOf\":\"zzz\"");
        assertTrue(problem(ARTICLE + "," + orphan).contains("item 'b': translationOf 'zzz' is not an original item above"));
        String sameLocale = ARTICLE.replace("\"key\":\"a\"", "\"key\":\"b\",\"translationOf\":\"a\"");
        assertTrue(problem(ARTICLE + "," + sameLocale).contains("item 'b': a translation names its own locale"));
    }

    @Test
    void theFileItselfMustBeUtf8NfcJson() {
        assertTrue(assertThrows(SeedContent.Problem.class, () -> SeedContent.read("x.json", new byte[] {'{', (byte) 0xC3},
                DEFINITIONS, NOW)).getMessage().equals("x.json: not UTF-8"));
        String nfd = Normalizer.normalize("{\"site\":\"tinh\",\"note\":\"Hòa An\"}", Normalizer.Form.NFD);
        assertTrue(assertThrows(SeedContent.Problem.class, () -> SeedContent.read("x.json",
                nfd.getBytes(StandardCharsets.UTF_8), DEFINITIONS, NOW)).getMessage().contains("not in Unicode NFC"));
        assertTrue(assertThrows(SeedContent.Problem.class, () -> read("[1]")).getMessage().startsWith("tinh.json: not a"
                + " JSON object"));
        assertTrue(assertThrows(SeedContent.Problem.class, () -> read("{\"items\":[]}")).getMessage()
                .equals("tinh.json: 'site' is required"));
    }

    @Test
    void publishingWalksTheSitesWorkflow() {
        assertEquals(List.of("submit", "approve", "publish"), ContentSeed.pathToPublished(DEFINITIONS.workflow("default"))
                .stream().map(Workflow.Action::name).toList());
        assertEquals(List.of("publish"), ContentSeed.pathToPublished(DEFINITIONS.workflow("simple")).stream()
                .map(Workflow.Action::name).toList());
        Workflow stuck = new Workflow("stuck", null, "draft", List.of(new Workflow.Action("submit", List.of("draft"),
                "submitted", "create", false)));
        assertTrue(assertThrows(IllegalStateException.class, () -> ContentSeed.pathToPublished(stuck)).getMessage()
                .contains("no way from 'draft' to 'published'"));
    }
}

package vn.portal.plugins.eform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The statistics' CSV opens in spreadsheets, the chart is well-formed SVG; levels, slugs. */
class StatsOutputTest {

    static final Statistics.Row BIRTH = new Statistics.Row("1.000001", "Đăng ký khai sinh, \"mẫu\"", 10, 7, 5, 2, 3, 4, 1, 1);
    static final Statistics.Row FORMULA = new Statistics.Row("P2", "=HYPERLINK(\"x\")", 3, 0, 0, 0, 3, 0, 0, 0);
    static final Statistics.Report REPORT = new Statistics.Report("xa-binh-minh", "2026-05-01", "2026-05-31",
            List.of(BIRTH, FORMULA), new Statistics.Row("", "Tất cả thủ tục", 13, 7, 5, 2, 6, 4, 1, 1));

    @Test
    void csvHasTheBomQuotesAndNoFormulas() {
        String csv = StatsFormats.csv(REPORT, "vi");
        assertTrue(csv.startsWith("\uFEFFMã thủ tục,Thủ tục,Tiếp nhận,"), csv);
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length);
        assertEquals("1.000001,\"Đăng ký khai sinh, \"\"mẫu\"\"\",10,5,2,3,7,70.0,4,1,1", lines[1]);
        assertTrue(lines[2].startsWith("P2,\"'=HYPERLINK(\"\"x\"\")\""), lines[2]);
        assertTrue(lines[3].startsWith(",Tất cả thủ tục,13,"), lines[3]);
        assertTrue(StatsFormats.csv(REPORT, "en").contains("Very satisfied,Satisfied,Not satisfied"));
    }

    @Test
    void jsonNamesEveryFigure() {
        String json = StatsFormats.json(REPORT);
        assertTrue(json.contains("\"received\":10,\"onTime\":5,\"late\":2,\"pending\":3,\"online\":7,\"onlineSharePercent\":70.0"),
                json);
        assertTrue(json.contains("\"ratings\":{\"VERY_SATISFIED\":4,\"SATISFIED\":1,\"DISSATISFIED\":1}"), json);
    }

    @Test
    void theChartIsWellFormedAndDescribed() throws Exception {
        String svg = StatsChart.svg(REPORT, "vi");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(svg.contains("role=\"img\"") && svg.contains("Tổng 13 hồ sơ: 5 đúng hạn, 2 trễ hạn"), svg);
        assertEquals(3 + 1, doc.getElementsByTagName("rect").getLength() - 3, "bars: three parts, then one (plus the legend's three)");
    }

    @Test
    void ratingLevelsAndSlugs() {
        assertEquals(Rating.SATISFIED, Rating.parse("satisfied"));
        assertEquals(Rating.VERY_SATISFIED, Rating.parse("very-satisfied"));
        assertNull(Rating.parse("rat-te"));
        assertEquals("Chưa hài lòng", Rating.DISSATISFIED.label("vi"));
        assertEquals("dang-ky-khai-sinh-mau", Slug.of("Đăng ký khai sinh (mẫu)"));
    }
}

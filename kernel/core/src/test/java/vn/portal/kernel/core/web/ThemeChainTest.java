package vn.portal.kernel.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portal.kernel.core.config.PortalHome;

/** A theme that extends another overrides only what it has: templates, messages, assets. */
class ThemeChainTest {

    @TempDir
    Path home;

    @Test
    void childTemplatesAndMessagesOverrideTheParentsAndTheRestComesFromIt() throws Exception {
        Path parent = Files.createDirectories(home.resolve("themes/default/templates"));
        Files.writeString(parent.resolve("layout.mustache"), "[{{> header}}|{{msg.menu.home}}|{{msg.only.parent}}]");
        Files.writeString(parent.resolve("header.mustache"), "parent header");
        Files.writeString(home.resolve("themes/default/messages_vi.properties"), "menu.home=Trang chủ\nonly.parent=cha\n");
        Path child = Files.createDirectories(home.resolve("themes/department/templates"));
        Files.writeString(child.resolve("header.mustache"), "child header");
        Files.createDirectories(home.resolve("themes/colours-only"));
        Files.writeString(home.resolve("themes/colours-only/theme.properties"), "parent=default\n");
        Files.writeString(home.resolve("themes/department/theme.properties"), "parent=default\n");
        Files.writeString(home.resolve("themes/department/messages_vi.properties"), "menu.home=Trang nhà\n");

        ThemeRenderer themes = new ThemeRenderer();
        themes.home = new PortalHome(home);
        assertEquals(List.of(home.resolve("themes/department"), home.resolve("themes/default")), themes.chain("department"));
        Map<String, Object> model = Map.of("msg", themes.messages("department", "vi"));
        assertEquals("[child header|Trang nhà|cha]", themes.render("department", "layout", model));
        assertEquals("[parent header|Trang chủ|cha]", themes.render("default", "layout",
                Map.of("msg", themes.messages("default", "vi"))));
        assertTrue(themes.chain("khong-co").get(0).endsWith("default"), "an unknown theme is the default one");
        assertEquals("[parent header|Trang chủ|cha]", themes.render("colours-only", "layout",
                Map.of("msg", themes.messages("colours-only", "vi"))), "a theme of assets only uses its parent's templates");
    }
}

package vn.portal.kernel.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Serves {@code /theme/<theme>/<file>} from the theme's {@code static/} folder, nothing outside it. */
@WebServlet(urlPatterns = "/theme/*", name = "theme-assets")
public class ThemeAssetServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=UTF-8", "js",
            "text/javascript;charset=UTF-8", "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "webp",
            "image/webp", "ico", "image/x-icon", "woff2", "font/woff2");

    @Inject
    ThemeRenderer themes;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getPathInfo();
        if (rest == null || rest.indexOf('/', 1) < 0) {
            resp.sendError(404);
            return;
        }
        String theme = rest.substring(1, rest.indexOf('/', 1));
        String file = rest.substring(rest.indexOf('/', 1) + 1);
        String ext = file.substring(file.lastIndexOf('.') + 1);
        if (!theme.matches("[a-z0-9-]+") || !TYPES.containsKey(ext)) {
            resp.sendError(404);
            return;
        }
        // the theme's own file, else the one of the theme it extends
        Path target = null;
        for (Path dir : themes.chain(theme)) {
            Path root = dir.resolve("static").normalize();
            Path candidate = root.resolve(file).normalize();
            if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                target = candidate;
                break;
            }
        }
        if (target == null) {
            resp.sendError(404);
            return;
        }
        resp.setContentType(TYPES.get(ext));
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setContentLengthLong(Files.size(target));
        Files.copy(target, resp.getOutputStream());
    }
}

package vn.portal.plugins.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.portal.kernel.api.rest.ApiProblem;

/**
 * A {@code multipart/form-data} body (RFC 7578) already read into memory, split into its parts.
 * The plugin reads the body itself because the kernel's JAX-RS application has no multipart
 * support, and the upload's size is bounded before this runs.
 */
final class Multipart {

    /** One part: its form field name, the file name if it is a file, and its bytes. */
    record Part(String name, String fileName, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");
    private static final Pattern FILE_NAME_STAR = Pattern.compile("(?i);\\s*filename\\*=UTF-8''([^;\\s]+)");

    private final List<Part> parts;

    private Multipart(List<Part> parts) {
        this.parts = parts;
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The parts of the body; a body that is not well-formed multipart is a 400 problem. */
    static Multipart parse(String contentType, byte[] body) {
        Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            throw ApiProblem.badRequest("The multipart body has no boundary", Map.of("file", "send multipart/form-data"));
        }
        byte[] delimiter = ("--" + (m.group(1) != null ? m.group(1) : m.group(2))).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int lineEnd = at + delimiter.length;
            if (lineEnd + 1 < body.length && body[lineEnd] == '-' && body[lineEnd + 1] == '-') {
                return new Multipart(parts); // the closing delimiter
            }
            int headersStart = skipLineBreak(body, lineEnd);
            int headersEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, headersStart);
            int next = indexOf(body, concat(new byte[] {'\r', '\n'}, delimiter), headersStart);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                break;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            parts.add(part(headers, Arrays.copyOfRange(body, headersEnd + 4, next)));
            at = next + 2;
        }
        throw ApiProblem.badRequest("The multipart body is cut short or malformed", Map.of("file", "malformed"));
    }

    private static Part part(String headers, byte[] body) {
        String disposition = headers.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-disposition:"))
                .findFirst().orElse("");
        Matcher name = NAME.matcher(disposition);
        Matcher star = FILE_NAME_STAR.matcher(disposition);
        Matcher file = FILE_NAME.matcher(disposition);
        String fileName = star.find() ? java.net.URLDecoder.decode(star.group(1).replace("+", "%2B"), StandardCharsets.UTF_8)
                : file.find() ? file.group(1).replace("%22", "\"") : null;
        return new Part(name.find() ? name.group(1) : "", fileName, body);
    }

    Optional<Part> file(String name) {
        return parts.stream().filter(p -> p.name().equals(name) && p.fileName() != null).findFirst();
    }

    /** A text field, or null when absent. */
    String field(String name) {
        return parts.stream().filter(p -> p.name().equals(name) && p.fileName() == null).findFirst().map(Part::text)
                .orElse(null);
    }

    List<Part> parts() {
        return parts;
    }

    private static int skipLineBreak(byte[] b, int i) {
        return i + 1 < b.length && b[i] == '\r' && b[i + 1] == '\n' ? i + 2 : i;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

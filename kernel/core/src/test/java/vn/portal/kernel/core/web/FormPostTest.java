package vn.portal.kernel.core.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormPostTest {

    /** A request with just what FormPost reads: content type, length and body. */
    private static HttpServletRequest request(String type, byte[] body) {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        ServletInputStream stream = new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener l) {
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(FormPostTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getContentType" -> type;
                    case "getContentLengthLong" -> (long) body.length;
                    case "getInputStream" -> stream;
                    case "getCharacterEncoding" -> null;
                    default -> null;
                });
    }

    @Test
    void readsTheTokenFieldAndHandsTheSameBodyOn() throws Exception {
        byte[] body = "channel=email&email=nguy%E1%BB%85n%40example.vn&_csrf=abc%2B%2F%3D&lang=vi"
                .getBytes(StandardCharsets.US_ASCII);
        FormPost form = FormPost.read(request("application/x-www-form-urlencoded; charset=UTF-8", body));
        assertEquals("abc+/=", form.field("_csrf"));
        assertEquals("nguyễn@example.vn", form.field("email"));
        assertNull(form.field("phone"));
        assertArrayEquals(body, form.request().getInputStream().readAllBytes(), "JAX-RS reads the untouched body");
    }

    @Test
    void onlySmallUrlEncodedFormsAreRead() throws Exception {
        assertNull(FormPost.read(request("application/json", "{\"_csrf\":\"x\"}".getBytes(StandardCharsets.UTF_8))));
        assertNull(FormPost.read(request("multipart/form-data; boundary=x", new byte[10])));
        byte[] big = ("_csrf=x&pad=" + "a".repeat(FormPost.MAX_BYTES)).getBytes(StandardCharsets.US_ASCII);
        assertNull(FormPost.read(request("application/x-www-form-urlencoded", big)));
        assertNull(FormPost.read(request(null, new byte[0])));
    }

    @Test
    void aMalformedEscapeIsNoToken() throws Exception {
        FormPost form = FormPost.read(request("application/x-www-form-urlencoded", "_csrf=%zz".getBytes(StandardCharsets.US_ASCII)));
        assertNull(form.field("_csrf"));
    }
}

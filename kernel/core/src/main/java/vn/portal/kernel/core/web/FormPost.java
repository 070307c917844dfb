package vn.portal.kernel.core.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A small url-encoded form post read once, so the request filter can look at one field (the CSRF
 * token) and still hand the untouched body on: {@link #request()} replays it. Reading the
 * parameters through the servlet API instead would consume the body before JAX-RS sees it.
 */
final class FormPost {

    /** Forms that work without script are small; anything bigger is not read (and so refused). */
    static final int MAX_BYTES = 64 * 1024;

    private final HttpServletRequest original;
    private final byte[] body;

    private FormPost(HttpServletRequest original, byte[] body) {
        this.original = original;
        this.body = body;
    }

    /** @return null when the request is not a url-encoded form of at most {@link #MAX_BYTES} */
    static FormPost read(HttpServletRequest req) throws IOException {
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                || req.getContentLengthLong() > MAX_BYTES) {
            return null;
        }
        byte[] body = req.getInputStream().readNBytes(MAX_BYTES + 1);
        return body.length > MAX_BYTES ? null : new FormPost(req, body);
    }

    /** The first value of a field, or null. */
    String field(String name) {
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                return null; // a malformed escape: not a form this portal made
            }
        }
        return null;
    }

    /** The request with its body readable again. */
    HttpServletRequest request() {
        return new HttpServletRequestWrapper(original) {
            private final ByteArrayInputStream in = new ByteArrayInputStream(body);

            @Override
            public ServletInputStream getInputStream() {
                return new ServletInputStream() {
                    @Override
                    public int read() {
                        return in.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        return in.read(b, off, len);
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
                    public void setReadListener(ReadListener listener) {
                        throw new UnsupportedOperationException("a replayed body is read synchronously");
                    }
                };
            }

            @Override
            public BufferedReader getReader() {
                return new BufferedReader(new InputStreamReader(in, getCharacterEncoding() == null
                        ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(getCharacterEncoding())));
            }
        };
    }
}

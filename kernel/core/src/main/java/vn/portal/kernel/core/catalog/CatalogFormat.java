package vn.portal.kernel.core.catalog;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.portal.kernel.api.catalog.CatalogEntry;

/**
 * The import/export file formats. CSV: a header row naming the columns — code, name_vi,
 * name_en, parent, valid_from, valid_to (exclusive), successors (space-separated), status —
 * and any further column as an attribute. JSON: an array (or {@code {"entries": [...]}}) of
 * objects with code, nameVi, nameEn, parent, validFrom, validTo, successors (array), status
 * and attributes (object). Files must be UTF-8; every value is normalised to NFC.
 */
public enum CatalogFormat {
    CSV, JSON;

    public static final List<String> COLUMNS = List.of("code", "name_vi", "name_en", "parent", "valid_from",
            "valid_to", "successors", "status");
    private static final Map<String, String> JSON_NAMES = Map.of("code", "code", "nameVi", "name_vi", "nameEn",
            "name_en", "parent", "parent", "validFrom", "valid_from", "validTo", "valid_to", "successors", "successors",
            "status", "status");

    /** The rows of a file, or the problems that kept it from being read. */
    public record Parsed(List<RawRow> rows, List<ImportReport.RowError> errors) {
    }

    public static CatalogFormat of(String name) {
        try {
            return valueOf(String.valueOf(name).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String mediaType() {
        return this == CSV ? "text/csv" : "application/json";
    }

    public Parsed parse(byte[] body) {
        String text;
        try {
            text = utf8(body);
        } catch (EncodingProblem e) {
            return new Parsed(List.of(), List.of(new ImportReport.RowError(e.line, null, null, e.getMessage())));
        }
        return this == CSV ? parseCsv(text) : parseJson(text);
    }

    // ---- encoding ------------------------------------------------------------------------------

    /** Strict UTF-8 (an optional BOM is dropped); names the line of the first byte that is not UTF-8. */
    static String utf8(byte[] body) throws EncodingProblem {
        if (body.length >= 2 && ((body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)
                || (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF))) {
            throw new EncodingProblem(1, "The file is UTF-16; save it as UTF-8 and import again");
        }
        int start = body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, start, body.length - start);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = in.position(); // the decoder stops at the first byte it cannot read
            int line = 1;
            for (int i = start; i < Math.min(bad, body.length); i++) {
                if (body[i] == '\n') {
                    line++;
                }
            }
            throw new EncodingProblem(line, String.format("Line %d is not UTF-8 (byte 0x%02X): the file was probably"
                    + " saved as Windows-1258, TCVN3 or VNI; save it as UTF-8 and import again", line,
                    body[Math.min(bad, body.length - 1)] & 0xFF));
        }
    }

    static final class EncodingProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        EncodingProblem(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        return v.isEmpty() ? null : v;
    }

    // ---- CSV -----------------------------------------------------------------------------------

    private static Parsed parseCsv(String text) {
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<Csv.Record> records = Csv.read(text, errors);
        if (records.isEmpty()) {
            if (errors.isEmpty()) {
                errors.add(new ImportReport.RowError(1, null, null, "The file is empty: the first line must name the"
                        + " columns, e.g. " + String.join(",", COLUMNS)));
            }
            return new Parsed(List.of(), errors);
        }
        List<String> header = new ArrayList<>();
        for (String h : records.get(0).fields()) {
            String name = h == null ? "" : Normalizer.normalize(h, Normalizer.Form.NFC).strip();
            // standard columns in any case (spreadsheets capitalise); attribute names as written
            header.add(COLUMNS.contains(name.toLowerCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name);
        }
        if (!header.contains("code") || !header.contains("name_vi")) {
            errors.add(new ImportReport.RowError(1, null, null, "The first line must name the columns, with at least"
                    + " code and name_vi; found " + header));
            return new Parsed(List.of(), errors);
        }
        List<RawRow> rows = new ArrayList<>();
        for (Csv.Record r : records.subList(1, records.size())) {
            if (r.fields().size() == 1 && clean(r.fields().get(0)) == null) {
                continue; // blank line
            }
            if (r.fields().size() != header.size()) {
                errors.add(new ImportReport.RowError(r.line(), null, clean(r.fields().get(0)), "has " + r.fields().size()
                        + " fields, the header has " + header.size() + " (a comma inside a value needs quotes)"));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String v = clean(r.fields().get(i));
                if (v != null) {
                    values.put(header.get(i), v);
                }
            }
            rows.add(new RawRow(r.line(), values));
        }
        return new Parsed(rows, errors);
    }

    // ---- JSON ----------------------------------------------------------------------------------

    private static Parsed parseJson(String text) {
        List<ImportReport.RowError> errors = new ArrayList<>();
        JsonStructure root;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            root = reader.read();
        } catch (JsonException e) {
            String detail = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
            return new Parsed(List.of(), List.of(new ImportReport.RowError(1, null, null,
                    "The file is not valid JSON: " + detail)));
        }
        JsonArray entries = root instanceof JsonArray a ? a
                : root instanceof JsonObject o && o.get("entries") instanceof JsonArray a2 ? a2 : null;
        if (entries == null) {
            return new Parsed(List.of(), List.of(new ImportReport.RowError(1, null, null,
                    "Expected an array of entries, or an object with an \"entries\" array")));
        }
        List<RawRow> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int row = i + 1;
            if (!(entries.get(i) instanceof JsonObject o)) {
                errors.add(new ImportReport.RowError(row, null, null, "entry " + row + " is not an object"));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> f : o.entrySet()) {
                String column = JSON_NAMES.getOrDefault(f.getKey(), COLUMNS.contains(f.getKey()) ? f.getKey() : null);
                if ("attributes".equals(f.getKey()) && f.getValue() instanceof JsonObject attrs) {
                    for (Map.Entry<String, JsonValue> a : attrs.entrySet()) {
                        if (COLUMNS.contains(a.getKey())) {
                            errors.add(new ImportReport.RowError(row, a.getKey(), null,
                                    "'" + a.getKey() + "' is a column, not an attribute"));
                        }
                        put(values, a.getKey(), scalar(a.getValue()));
                    }
                } else if ("successors".equals(column) && f.getValue() instanceof JsonArray list) {
                    List<String> codes = new ArrayList<>();
                    list.forEach(v -> codes.add(scalar(v)));
                    put(values, column, String.join(" ", codes));
                } else if (column == null) {
                    errors.add(new ImportReport.RowError(row, f.getKey(), null, "unknown field '" + f.getKey()
                            + "' (attributes go in \"attributes\")"));
                } else {
                    put(values, column, scalar(f.getValue()));
                }
            }
            rows.add(new RawRow(row, values));
        }
        return new Parsed(rows, errors);
    }

    private static void put(Map<String, String> values, String key, String raw) {
        String v = clean(raw);
        if (v != null) {
            values.put(key, v);
        }
    }

    private static String scalar(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v.toString();
    }

    // ---- export --------------------------------------------------------------------------------

    /** Receives entries one by one, so an export of 100,000 never holds them all. */
    public interface EntrySink extends java.io.Closeable {
        void write(CatalogEntry e) throws IOException;
    }

    /** Writes the entries; {@code attributes} are the attribute columns of a CSV, in order. */
    public void write(Iterable<CatalogEntry> entries, List<String> attributes, Writer out) throws IOException {
        try (EntrySink sink = sink(attributes, out)) {
            for (CatalogEntry e : entries) {
                sink.write(e);
            }
        }
    }

    /** A sink writing to {@code out}; closing it ends the document but leaves {@code out} open. */
    public EntrySink sink(List<String> attributes, Writer out) throws IOException {
        if (this == CSV) {
            List<String> header = new ArrayList<>(COLUMNS);
            header.addAll(attributes);
            Csv.writeRow(header, out);
            return new EntrySink() {
                @Override
                public void write(CatalogEntry e) throws IOException {
                    List<String> row = new ArrayList<>(List.of(e.code(), e.nameVi(), nz(e.nameEn()),
                            nz(e.parentCode()), e.validFrom() == null ? "" : e.validFrom().toString(),
                            e.validTo() == null ? "" : e.validTo().toString(), String.join(" ", e.successorCodes()),
                            nz(e.status())));
                    attributes.forEach(a -> row.add(nz(e.attributes().get(a))));
                    Csv.writeRow(row, out);
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            };
        }
        JsonGenerator g = Json.createGenerator(new NonClosingWriter(out));
        g.writeStartArray();
        return new EntrySink() {
            @Override
            public void write(CatalogEntry e) {
                g.write(toJson(e));
            }

            @Override
            public void close() {
                g.writeEnd();
                g.close();
            }
        };
    }

    static JsonObject toJson(CatalogEntry e) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", e.code()).add("nameVi", e.nameVi());
        optional(b, "nameEn", e.nameEn());
        optional(b, "parent", e.parentCode());
        optional(b, "validFrom", e.validFrom() == null ? null : e.validFrom().toString());
        optional(b, "validTo", e.validTo() == null ? null : e.validTo().toString());
        if (!e.successorCodes().isEmpty()) {
            JsonArrayBuilder s = Json.createArrayBuilder();
            e.successorCodes().forEach(s::add);
            b.add("successors", s);
        }
        optional(b, "status", e.status());
        if (!e.attributes().isEmpty()) {
            JsonObjectBuilder a = Json.createObjectBuilder();
            e.attributes().forEach(a::add);
            b.add("attributes", a);
        }
        return b.build();
    }

    private static void optional(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The caller owns the stream (a JAX-RS response); closing the generator must not close it. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

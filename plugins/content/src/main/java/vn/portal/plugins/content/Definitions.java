package vn.portal.plugins.content;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Content types and workflows: data files in the plugin jar, read once at start. */
public final class Definitions {

    private final Map<String, ContentType> types = new LinkedHashMap<>();
    private final Map<String, Workflow> workflows = new LinkedHashMap<>();

    public static Definitions load() {
        Definitions d = new Definitions();
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (String name : lines("content-types/index")) {
                ContentType t = jsonb.fromJson(resource("content-types/" + name + ".json"), ContentType.class);
                if (!name.equals(t.name())) {
                    throw new IllegalStateException("content-types/" + name + ".json declares the name " + t.name());
                }
                d.types.put(name, t);
            }
            for (String name : List.of("default", "simple")) {
                d.workflows.put(name, jsonb.fromJson(resource("workflows/" + name + ".json"), Workflow.class));
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the content types: " + e.getMessage(), e);
        }
        return d;
    }

    public List<ContentType> types() {
        return List.copyOf(types.values());
    }

    public ContentType type(String name) {
        return name == null ? null : types.get(name);
    }

    /** The type whose public pages live under this URL segment. */
    public ContentType typeByPath(String path) {
        return types.values().stream().filter(t -> t.path().equals(path)).findFirst().orElse(null);
    }

    public Workflow workflow(String name) {
        return workflows.getOrDefault(name == null ? "default" : name, workflows.get("default"));
    }

    private static InputStream resource(String name) {
        InputStream in = Definitions.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The content plugin lacks " + name);
        }
        return in;
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}

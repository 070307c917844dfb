package vn.portal.plugins.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request bodies bind to ItemInput (a record with two constructors) as JSON-B does in the server. */
class ItemInputJsonTest {

    @Test
    void bindsEveryMember() throws Exception {
        try (var jsonb = JsonbBuilder.create()) {
            ItemInput in = jsonb.fromJson("{\"type\":\"article\",\"title\":\"Tiêu đề\",\"version\":3,"
                    + "\"categories\":[\"cai-cach\"],\"fields\":{\"body\":\"<p>x</p>\",\"featured\":true}}", ItemInput.class);
            assertEquals("article", in.type());
            assertEquals(3, in.version());
            assertEquals(List.of("cai-cach"), in.categories());
            assertEquals(true, in.fields().get("featured"));
        }
    }
}

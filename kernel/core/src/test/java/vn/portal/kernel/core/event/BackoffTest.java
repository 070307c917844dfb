package vn.portal.kernel.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.event.EventListener;
import vn.portal.kernel.api.event.PortalEvent;

class BackoffTest {

    @Test
    void backoffDoublesAndIsCapped() {
        assertEquals(Duration.ofSeconds(1), DeliveryStore.backoff(1));
        assertEquals(Duration.ofSeconds(2), DeliveryStore.backoff(2));
        assertEquals(Duration.ofSeconds(8), DeliveryStore.backoff(4));
        assertEquals(Duration.ofSeconds(300), DeliveryStore.backoff(40));
    }

    @Test
    void listenersMatchExactPrefixAndAll() {
        RegisteredListener prefix = listener("content.*");
        assertTrue(prefix.wants("content.published"));
        assertFalse(prefix.wants("contentx.published"));
        assertFalse(prefix.wants("eform.dossier.created"));
        assertTrue(listener("*").wants("anything.at.all"));
        assertTrue(listener("kernel.site.archived").wants("kernel.site.archived"));
        assertFalse(listener("kernel.site.archived").wants("kernel.site.created"));
    }

    private static RegisteredListener listener(String type) {
        return new RegisteredListener("p:x", new EventListener() {
            @Override
            public Set<String> eventTypes() {
                return Set.of(type);
            }

            @Override
            public void onEvent(PortalEvent event) {
            }
        }, BackoffTest.class.getClassLoader());
    }
}

package vn.portal.kernel.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    static List<AuditRecord> chain(int n) {
        List<AuditRecord> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditRecord r = new AuditRecord(i, Instant.ofEpochMilli(1_000_000L * i), "admin", "127.0.0.1", "site.updated",
                    "so-noi-vu", "so-noi-vu", null, "tên: Sở Nội vụ", prev, null);
            String hash = AuditChain.hash(prev, i, r);
            out.add(new AuditRecord(i, r.at(), r.actor(), r.sourceIp(), r.action(), r.target(), r.siteKey(), r.plugin(),
                    r.details(), prev, hash));
            prev = hash;
        }
        return out;
    }

    @Test
    void anIntactChainVerifies() {
        AuditChain.Verification v = AuditChain.verify(chain(5));
        assertTrue(v.valid());
        assertEquals(5, v.checked());
    }

    @Test
    void anAlteredRecordIsFound() {
        List<AuditRecord> c = chain(5);
        AuditRecord r = c.get(2);
        c.set(2, new AuditRecord(r.seq(), r.at(), "someone-else", r.sourceIp(), r.action(), r.target(), r.siteKey(),
                r.plugin(), r.details(), r.prevHash(), r.hash()));
        AuditChain.Verification v = AuditChain.verify(c);
        assertFalse(v.valid());
        assertEquals(3L, v.firstBrokenSeq());
    }

    @Test
    void aRemovedRecordBreaksTheChainButPurgedHistoryDoesNot() {
        List<AuditRecord> c = chain(5);
        c.remove(2);
        assertEquals(4L, AuditChain.verify(c).firstBrokenSeq());
        assertTrue(AuditChain.verify(chain(5).subList(2, 5)).valid(), "records past retention are purged from the start");
    }

    @Test
    void theStoredRecordVerifiesAfterTheDatabaseRoundsItsTime() throws Exception {
        javax.sql.DataSource ds = vn.portal.kernel.core.persistence.TestDataSources.h2();
        AuditWriter writer = new AuditWriter();
        writer.dataSource = ds;
        // 0.9999996 s: rounding to microseconds carries into the next millisecond
        writer.append(new AuditRecord(0, Instant.parse("2026-11-21T08:00:00.9999996Z"), "admin", null, "site.updated",
                "tinh", "tinh", null, null, null, null));
        writer.append(new AuditRecord(0, Instant.parse("2026-11-21T08:00:01.0004999Z"), "admin", null, "site.updated",
                "tinh", "tinh", null, null, null, null));
        AuditLog log = new AuditLog();
        log.dataSource = ds;
        log.init();
        AuditChain.Verification v = log.verify();
        assertTrue(v.valid(), String.valueOf(v));
        assertEquals(2, v.checked());
    }
}

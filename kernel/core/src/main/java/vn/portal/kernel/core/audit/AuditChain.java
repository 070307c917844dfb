package vn.portal.kernel.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The hash chain: each record's hash covers its fields and the previous record's hash. */
public final class AuditChain {

    /** Hash before the first record ever written. */
    public static final String GENESIS = "0".repeat(64);

    /** Result of checking the chain. */
    public record Verification(boolean valid, long checked, Long firstBrokenSeq, String reason) {
    }

    private AuditChain() {
    }

    public static String hash(String prevHash, long seq, AuditRecord r) {
        String canonical = String.join("\u001f", prevHash, Long.toString(seq), String.valueOf(r.at().toEpochMilli()),
                r.actor(), String.valueOf(r.sourceIp()), r.action(), String.valueOf(r.target()), String.valueOf(r.siteKey()),
                String.valueOf(r.plugin()), String.valueOf(r.details()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks records in sequence order. The oldest record's previous hash is taken as
     * given (older records may have passed the retention period); every later link must hold.
     */
    public static Verification verify(List<AuditRecord> records) {
        String expectedPrev = null;
        long checked = 0;
        for (AuditRecord r : records) {
            if (expectedPrev != null && !expectedPrev.equals(r.prevHash())) {
                return new Verification(false, checked, r.seq(), "record " + r.seq() + " does not follow the previous one");
            }
            if (!hash(r.prevHash(), r.seq(), r).equals(r.hash())) {
                return new Verification(false, checked, r.seq(), "record " + r.seq() + " was altered");
            }
            expectedPrev = r.hash();
            checked++;
        }
        return new Verification(true, checked, null, null);
    }
}

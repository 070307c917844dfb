package vn.portal.kernel.api.blob;

/** A stored binary: its id, detected content type, size in bytes and SHA-256 (hex). */
public record BlobRef(String id, String contentType, long size, String sha256) {
}

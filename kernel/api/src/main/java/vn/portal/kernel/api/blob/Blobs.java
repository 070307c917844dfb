package vn.portal.kernel.api.blob;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Binary storage for media and attachments (filesystem by default). */
public interface Blobs {

    BlobRef put(InputStream content, String contentType) throws IOException;

    /** The caller closes the stream. */
    Optional<InputStream> open(String id) throws IOException;

    Optional<BlobRef> find(String id) throws IOException;

    boolean delete(String id) throws IOException;
}

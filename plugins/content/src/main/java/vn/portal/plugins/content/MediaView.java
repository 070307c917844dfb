package vn.portal.plugins.content;

import java.time.Instant;

/**
 * A file of the media library as staff see it over REST. {@code url} reads it as staff (the file
 * of a draft is not public); {@code thumbnailUrl} is the 320 pixel copy of an image.
 */
public record MediaView(String id, String site, String kind, String mediaType, String fileName, String title,
        String alt, long size, Integer width, Integer height, String uploadedBy, Instant uploadedAt, String url,
        String thumbnailUrl) {

    static MediaView of(MediaFile m) {
        String url = BodyImages.STAFF + m.blobId + "?site=" + m.siteKey;
        return new MediaView(m.blobId, m.siteKey, m.kind, m.mediaType, m.fileName, m.title, m.altText, m.size, m.width,
                m.height, m.uploadedBy, ItemView.instant(m.uploadedAt), url, m.isImage() ? url + "&w=320" : null);
    }
}

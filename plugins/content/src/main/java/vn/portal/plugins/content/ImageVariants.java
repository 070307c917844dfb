package vn.portal.plugins.content;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import vn.portal.kernel.api.blob.BlobRef;
import vn.portal.kernel.api.plugin.PluginContext;

/**
 * Resized copies of uploaded images for pages (320, 640 and 1280 pixels wide, for
 * {@code srcset}), made the first time a width is asked for and kept as blobs. Images
 * already narrower, formats the JDK cannot read (WebP) and oversized ones are served as
 * they are.
 */
final class ImageVariants {

    static final List<Integer> WIDTHS = List.of(320, 640, 1280);
    /** Larger images are not decoded (a decompression bomb would exhaust memory). */
    static final long MAX_PIXELS = 40_000_000L;

    private final PluginContext context;

    ImageVariants(PluginContext context) {
        this.context = context;
    }

    /** The blob to serve for this width: a stored or new variant, or the original. */
    String variant(String blobId, int width) throws IOException {
        if (!WIDTHS.contains(width)) {
            return blobId;
        }
        String known = stored(blobId, width);
        if (known != null) {
            return known;
        }
        BlobRef ref = context.blobs().find(blobId).orElse(null);
        if (ref == null || !(ref.contentType().equals("image/png") || ref.contentType().equals("image/jpeg"))) {
            return blobId;
        }
        byte[] original;
        try (InputStream in = context.blobs().open(blobId).orElseThrow()) {
            original = in.readAllBytes();
        }
        byte[] resized = resize(original, width, ref.contentType());
        if (resized == null) {
            return blobId;
        }
        String id = context.blobs().put(new ByteArrayInputStream(resized), ref.contentType()).id();
        try {
            context.transactions().required(() -> context.persistence().entityManager()
                    .createNativeQuery("INSERT INTO content_media_variant (blob_id, width, variant_id) VALUES (?, ?, ?)")
                    .setParameter(1, blobId).setParameter(2, width).setParameter(3, id).executeUpdate());
            return id;
        } catch (RuntimeException e) {
            // another request made the same variant first: use that one, drop ours
            context.blobs().delete(id);
            String other = stored(blobId, width);
            return other != null ? other : blobId;
        }
    }

    private String stored(String blobId, int width) {
        List<?> rows = context.transactions().required(() -> context.persistence().entityManager()
                .createNativeQuery("SELECT variant_id FROM content_media_variant WHERE blob_id = ? AND width = ?")
                .setParameter(1, blobId).setParameter(2, width).getResultList());
        return rows.isEmpty() ? null : rows.get(0).toString();
    }

    /** The image scaled to {@code width}, or null when it is not wider or cannot be read safely. */
    static byte[] resize(byte[] image, int width, String type) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= width || (long) w * h > MAX_PIXELS) {
                    return null;
                }
                BufferedImage source = reader.read(0);
                int height = Math.max(1, Math.round((float) h * width / w));
                boolean png = type.equals("image/png");
                BufferedImage out = new BufferedImage(width, height, png ? BufferedImage.TYPE_INT_ARGB
                        : BufferedImage.TYPE_INT_RGB);
                Graphics2D g = out.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(source, 0, 0, width, height, null);
                g.dispose();
                return png ? png(out) : jpeg(out);
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage img) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

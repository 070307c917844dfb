package vn.portal.plugins.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Resized copies keep the aspect ratio and the format; small or unreadable images are left alone. */
class ImageVariantsTest {

    static byte[] image(int w, int h, String format) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void scalesDownKeepingProportionsAndFormat() throws Exception {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                ImageVariants.resize(image(2000, 1000, "png"), 640, "image/png")));
        assertEquals(640, png.getWidth());
        assertEquals(320, png.getHeight());
        byte[] jpeg = ImageVariants.resize(image(1600, 1200, "jpg"), 320, "image/jpeg");
        assertEquals(0xFF, jpeg[0] & 0xFF, "still a JPEG");
        assertEquals(240, ImageIO.read(new ByteArrayInputStream(jpeg)).getHeight());
    }

    @Test
    void leavesSmallAndUnreadableImagesAlone() throws Exception {
        assertNull(ImageVariants.resize(image(300, 200, "png"), 640, "image/png"), "never enlarged");
        assertNull(ImageVariants.resize("RIFF....WEBPVP8 ".getBytes(), 320, "image/png"), "not readable by the JDK");
    }
}

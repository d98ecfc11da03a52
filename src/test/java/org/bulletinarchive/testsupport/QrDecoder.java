package org.bulletinarchive.testsupport;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads QR codes back with ZXing's reader: from a page's SVG (its path drawn into a bitmap here, nothing taken
 * from the encoder) or from a screenshot of the code.
 */
public final class QrDecoder {

    /** Pixels per module when an SVG path is drawn. */
    private static final int SCALE = 4;
    private static final Pattern COMMAND = Pattern.compile("([MmHhVvLlZz])([-\\d. ]*)");

    private QrDecoder() {
    }

    /**
     * The text of the code an SVG path draws in a {@code size}×{@code size} view box, as the browser paints it:
     * the path is a stroke one unit wide along horizontal lines (M, m, h, H with absolute or relative numbers).
     */
    public static String decodeSvgPath(int size, String path) {
        int[] pixels = new int[size * SCALE * size * SCALE];
        Arrays.fill(pixels, 0xFFFFFFFF);
        double x = 0;
        double y = 0;
        Matcher m = COMMAND.matcher(path);
        int at = 0;
        while (m.find()) {
            if (m.start() != at) {
                throw new IllegalArgumentException("unreadable path at " + at + ": " + path.substring(at, Math.min(path.length(), at + 20)));
            }
            at = m.end();
            String[] numbers = m.group(2).isBlank() ? new String[0] : m.group(2).strip().split(" +");
            switch (m.group(1)) {
                case "M" -> { x = Double.parseDouble(numbers[0]); y = Double.parseDouble(numbers[1]); }
                case "m" -> { x += Double.parseDouble(numbers[0]); y += Double.parseDouble(numbers[1]); }
                case "h", "H" -> {
                    double to = m.group(1).equals("h") ? x + Double.parseDouble(numbers[0]) : Double.parseDouble(numbers[0]);
                    // a stroke 1 wide centred on y covers the row from y - 0.5 to y + 0.5
                    int row = (int) Math.floor(y - 0.5 + 1e-9);
                    for (int px = (int) Math.round(Math.min(x, to) * SCALE); px < Math.round(Math.max(x, to) * SCALE); px++) {
                        for (int py = row * SCALE; py < (row + 1) * SCALE; py++) {
                            pixels[py * size * SCALE + px] = 0xFF000000;
                        }
                    }
                    x = to;
                }
                default -> throw new IllegalArgumentException("path command " + m.group(1) + " is not drawn by this reader");
            }
        }
        if (at != path.length()) {
            throw new IllegalArgumentException("unreadable path at " + at);
        }
        return decode(new RGBLuminanceSource(size * SCALE, size * SCALE, pixels));
    }

    /** The text of the QR code in an image, e.g. a screenshot of the element that shows it. */
    public static String decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return decode(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels));
    }

    /**
     * Decodes an image that holds one code, square to the edges, and its quiet zone only: what a scanner has once it
     * has found the code. (ZXing's own finder misses some perfectly drawn codes, taking a finder-like run of modules
     * for a corner; camera images and other scanners do not depend on it.)
     */
    private static String decode(RGBLuminanceSource source) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found in the image", e);
        } catch (ReaderException e) {
            throw new AssertionError("the QR code could not be read: " + e, e);
        }
    }
}

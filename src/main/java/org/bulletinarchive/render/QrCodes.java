package org.bulletinarchive.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;
import org.bulletinarchive.view.Views;

/**
 * QR codes of page addresses, made at build time with ZXing and drawn as one SVG path of the dark modules,
 * so that a printed bulletin, or a page on a PC screen, leads a phone back to the same page.
 */
public final class QrCodes {

    /** Modules of light margin around the code, as the QR standard asks (scanners need it). */
    public static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /**
     * The code of {@code url}, error correction M (a printed code may be smudged a little), in a square of
     * {@code size} modules with the quiet zone. {@code path} is drawn with a stroke 1 module wide: each run of dark
     * modules in a row is one horizontal line through the middle of the row ({@code M4 4.5h7m2 0h1…}), which is
     * half the size of a rectangle per run.
     */
    public static Views.QrCode of(String url) {
        ByteMatrix matrix;
        try {
            // an ASCII address is encoded as it is; anything else as UTF-8, which scanners are told of
            matrix = Encoder.encode(url, ErrorCorrectionLevel.M, url.chars().allMatch(c -> c < 128)
                    ? Map.of() : Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
        } catch (WriterException e) {
            // only a text longer than any QR code holds (about 2,300 bytes at level M) fails, and no page address is that long
            throw new IllegalArgumentException("no QR code can hold " + url.length() + " characters: " + e.getMessage(), e);
        }
        StringBuilder path = new StringBuilder(4096);
        for (int y = 0; y < matrix.getHeight(); y++) {
            int end = -1;
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y) != 1) {
                    continue;
                }
                int start = x;
                while (x + 1 < matrix.getWidth() && matrix.get(x + 1, y) == 1) {
                    x++;
                }
                if (end < 0) {
                    path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append(".5");
                } else {
                    path.append('m').append(start - end).append(" 0");
                }
                end = x + 1;
                path.append('h').append(end - start);
            }
        }
        return new Views.QrCode(matrix.getWidth() + 2 * QUIET_ZONE, path.toString(), url);
    }
}

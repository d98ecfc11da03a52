package org.bulletinarchive.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinarchive.testsupport.QrDecoder;
import org.bulletinarchive.view.Views;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void aPageAddressReadsBackFromItsQrCode() {
        for (String url : List.of("https://intranet.example/bulletins/issues/2023/17/10-changsha.html",
                "http://10.1.2.3:8080/zb/series/yongzhou-jianbao/2023/17/index.html",
                "https://archive.example.org/a/very/long/sub/path/of/an/intranet/server/series/dongan-xian-ducha/2024/105/12-dongan-xian-fagaiwei.html",
                "https://政务.example/档案/issues/2023/17/index.html")) {
            Views.QrCode code = QrCodes.of(url);
            assertThat(code.url()).isEqualTo(url);
            assertThat(QrDecoder.decodeSvgPath(code.size(), code.path())).as(url).isEqualTo(url);
        }
    }

    @Test
    void theCodeHasALightQuietZoneOfFourModulesOnEverySide() {
        Views.QrCode code = QrCodes.of("https://intranet.example/bulletins/issues/2023/17/index.html");
        int left = Integer.MAX_VALUE;
        int right = 0;
        int top = Integer.MAX_VALUE;
        int bottom = 0;
        int x = 0;
        double y = 0;
        Matcher m = Pattern.compile("([Mmh])(\\d+)(?: (\\d+(?:\\.5)?))?").matcher(code.path());
        while (m.find()) {
            switch (m.group(1)) {
                case "M" -> { x = Integer.parseInt(m.group(2)); y = Double.parseDouble(m.group(3)); }
                case "m" -> x += Integer.parseInt(m.group(2));
                default -> {
                    left = Math.min(left, x);
                    x += Integer.parseInt(m.group(2));
                    right = Math.max(right, x);
                    top = Math.min(top, (int) y);
                    bottom = Math.max(bottom, (int) y + 1);
                }
            }
        }
        assertThat(List.of(left, top)).containsOnly(4);
        assertThat(List.of(right, bottom)).containsOnly(code.size() - 4);
        // version 1 is 21 modules, each version 4 more
        assertThat((code.size() - 2 * QrCodes.QUIET_ZONE - 21) % 4).isZero();
    }

    @Test
    void theSameAddressAlwaysGivesTheSameDrawing() {
        String url = "https://intranet.example/bulletins/issues/2023/17/index.html";
        assertThat(QrCodes.of(url)).isEqualTo(QrCodes.of(url));
    }
}

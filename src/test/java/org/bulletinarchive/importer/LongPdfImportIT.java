package org.bulletinarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long bulletin printed to PDF by a browser (24 pages of items that say nearly the same thing, as a year's
 * summary of townships does) imports whole: every item, in order, nothing lost and no "bug in the importer". The text is
 * made up for the test.
 */
class LongPdfImportIT {

    static final List<String> TOWNSHIPS = List.of("芦洪市镇", "井头圩镇", "紫溪市镇", "横塘镇", "端桥铺镇", "大庙口镇", "川岩乡", "石期市镇");
    static final int ITEMS = 320;

    @Test
    void aTwentyFourPageBulletinOfRepeatedTextImportsEveryItem(@TempDir Path dir) throws Exception {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>"
                + "body{font:16pt/1.6 'Noto Serif CJK SC',serif} .c{text-align:center} p{margin:0;text-indent:2em} .c{text-indent:0}"
                + "</style></head><body><p class=\"c\">县优化办工作简报</p><p class=\"c\">第 5 期</p><p class=\"c\">东安县优化办　　2024年6月2日</p>");
        for (int i = 0; i < ITEMS; i++) {
            // the same sentence again and again, only the township and the count of firms differ
            html.append("<p>").append(TOWNSHIPS.get(i % TOWNSHIPS.size())).append("持续优化营商环境，推行企业服务专员制度，每名专员联系")
                    .append(i % 7 + 3).append("家企业，每月上门走访，收集企业诉求，交办督办，限时办结。</p>");
        }
        html.append("<p>报：县人民政府领导同志。</p></body></html>");
        Path page = Files.writeString(dir.resolve("long.html"), html);
        Path pdf = dir.resolve("long.pdf");
        try (Browser browser = Browser.start()) {
            browser.driver().get(page.toUri().toString());
            Map<String, Object> printed = browser.driver().executeCdpCommand("Page.printToPDF", Map.of("displayHeaderFooter", true));
            Files.write(pdf, Base64.getDecoder().decode((String) printed.get("data")));
        }

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as("pages").isBetween(20, 30);
        }

        Bulletin bulletin = new Importer(Gazetteer.standard()).read(pdf);

        assertThat(bulletin.issue().number()).isEqualTo(5);
        assertThat(bulletin.entries()).hasSize(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            assertThat(bulletin.entries().get(i).primary().orElseThrow().name()).isEqualTo(TOWNSHIPS.get(i % TOWNSHIPS.size()));
            assertThat(bulletin.entries().get(i).paragraphs()).singleElement().asString().contains("每名专员联系" + (i % 7 + 3) + "家企业");
        }
        assertThat(bulletin.issue().distribution()).containsExactly("报：县人民政府领导同志。");
    }
}

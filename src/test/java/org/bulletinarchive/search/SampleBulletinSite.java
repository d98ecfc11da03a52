package org.bulletinarchive.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the real build: the 19 entries of raw/2023-17.txt (第17期), one a subject, as entry pages, plus the issue
 * page (not indexed, it carries the contact line) and search.html. Used until target/site-archive exists.
 */
public final class SampleBulletinSite {

    /** Subject name at the start of a paragraph, its slug and the name the entry carries. */
    private static final String[][] SUBJECTS = {
            {"北京", "beijing", "北京"}, {"上海", "shanghai", "上海"}, {"广东", "guangdong", "广东"},
            {"大湾区", "dawanqu", "粤港澳大湾区"}, {"广州", "guangzhou", "广州"}, {"深圳", "shenzhen", "深圳"},
            {"佛山", "foshan", "佛山"}, {"东莞", "dongguan", "东莞"}, {"海南", "hainan", "海南"},
            {"长沙", "changsha", "长沙"}, {"株洲", "zhuzhou", "株洲"}, {"湘潭", "xiangtan", "湘潭"},
            {"衡阳", "hengyang", "衡阳"}, {"邵阳", "shaoyang", "邵阳"}, {"岳阳", "yueyang", "岳阳"},
            {"常德", "changde", "常德"}, {"张家界", "zhangjiajie", "张家界"}, {"益阳", "yiyang", "益阳"},
            {"郴州", "chenzhou", "郴州"}};

    private SampleBulletinSite() {
    }

    /** Paragraphs of the raw bulletin, rejoined where a page break cut a sentence. */
    public static List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : SiteFixture.read(Path.of("raw/2023-17.txt")).split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            current.append(l);
            if (l.endsWith("。") || l.endsWith("】") || l.endsWith("）") || !l.matches(".*[\\p{IsHan}，、]$")) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** Writes the site under root and returns root. */
    public static Path write(Path root) {
        String section = "";
        int entry = 0;
        StringBuilder issuePage = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<title>第17期</title></head><body><article data-search-doc data-search-title=\"第17期（2023年9月28日）\""
                + " data-search-subject=\"\" data-search-subject-slug=\"\" data-search-issue=\"17\" data-search-year=\"2023\""
                + " data-search-date=\"2023-09-28\" data-search-section=\"\"><h1>第17期</h1>\n");
        // like the real issue template: masthead, 编者按 and back matter are the issue's own searchable text
        StringBuilder issueText = new StringBuilder("<div data-search-text>\n");
        for (String p : paragraphs()) {
            issuePage.append("<p>").append(SiteFixture.escape(p)).append("</p>\n");
            if (p.startsWith("【")) {
                section = p.substring(1, p.length() - 1);
                continue;
            }
            boolean isEntry = !section.isEmpty() && entry < SUBJECTS.length
                    && java.util.Arrays.stream(SUBJECTS).anyMatch(c -> p.startsWith(c[0]));
            if (!isEntry) {
                issueText.append("<p>").append(SiteFixture.escape(p)).append("</p>\n");
            }
            if (section.isEmpty()) {
                continue;
            }
            for (String[] subject : SUBJECTS) {
                if (p.startsWith(subject[0]) && entry < SUBJECTS.length) {
                    entry++;
                    String title = p.substring(0, Math.min(p.length(), 24)).replaceAll("[，。、；].*", "");
                    String url = "issues/2023/17/%02d-%s.html".formatted(entry, subject[1]);
                    SiteFixture.write(root.resolve(url), SiteFixture.entryPage(title, subject[2], subject[1], 17, 2023,
                            "2023-09-28", section, p));
                    break;
                }
            }
        }
        SiteFixture.write(root.resolve("issues/2023/17/index.html"),
                issuePage.append(issueText).append("</div></article></body></html>\n").toString());
        SiteFixture.write(root.resolve("search.html"), SiteFixture.SEARCH_PAGE);
        SiteFixture.copyClient(root);
        return root;
    }
}

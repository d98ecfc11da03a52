package org.bulletinarchive.model;

import java.util.regex.Pattern;

/**
 * A section of an issue as printed, e.g. heading 【一线城市战略学习】 or （一）一线城市战略学习, both with
 * the title 一线城市战略学习.
 */
public record Section(String heading) {

    private static final Pattern NUMBERING = Pattern.compile(
            "^([一二三四五六七八九十]{1,3}\\s*、|[（(]\\s*[一二三四五六七八九十0-9]{1,3}\\s*[）)]|[0-9]{1,2}\\s*[.．、](?![0-9])|[◆●■▲★☆◇◎○•·→])\\s*");

    /** The heading without its 【】 brackets or its numbering (一、 （一） 1.). */
    public String title() {
        String h = heading.strip();
        if (h.startsWith("【") && h.endsWith("】") && h.length() > 2) {
            return h.substring(1, h.length() - 1).strip();
        }
        String t = withoutNumbering(h);
        return t.isEmpty() ? h : t;
    }

    /** A heading line without its list mark or numbering (一、 （一） 1. ◆), stripped; "" for "". */
    public static String withoutNumbering(String heading) {
        return NUMBERING.matcher(heading.strip()).replaceFirst("").strip();
    }
}

package org.bulletinarchive.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numbers used in mastheads: 17, １７, 十七, 二〇二三 (digit by digit), 二十八. */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern POSITIONAL = Pattern.compile(
            "(?:(?<h>[一二三四五六七八九])百)?(?:〇?(?:(?<t>[一二三四五六七八九])?(?<ten>十))?)?(?<u>[一二三四五六七八九])?");

    private ChineseNumerals() {
    }

    /** The value of {@code s}, or -1 when it is not a number. */
    static int parse(String s) {
        s = s.strip().replace('零', '〇').replace('○', '〇').replace('Ｏ', '〇');
        if (s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s.chars().map(c -> Character.digit(c, 10)).collect(StringBuilder::new, StringBuilder::append, StringBuilder::append).toString());
        }
        if (s.indexOf('十') < 0 && s.indexOf('百') < 0) {
            int value = 0;
            for (char c : s.toCharArray()) {
                int d = DIGITS.indexOf(c);
                if (d < 0) {
                    return -1;
                }
                value = value * 10 + d;
            }
            return value;
        }
        // a numeral of positions, each once and in order: 十七, 二十八, 一百零五, 一百一十 — never 十十七
        Matcher m = POSITIONAL.matcher(s);
        if (!m.matches() || s.isEmpty()) {
            return -1;
        }
        int hundreds = m.group("h") == null ? 0 : DIGITS.indexOf(m.group("h").charAt(0));
        int tens = m.group("ten") == null ? 0 : (m.group("t") == null ? 1 : DIGITS.indexOf(m.group("t").charAt(0)));
        int units = m.group("u") == null ? 0 : DIGITS.indexOf(m.group("u").charAt(0));
        return hundreds * 100 + tens * 10 + units;
    }
}

package org.bulletinarchive.importer;

/** Reads the numbers used in mastheads: 17, １７, 十七, 二〇二三 (digit by digit), 二十八. */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

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
        int total = 0;
        int digit = 0;
        for (char c : s.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                total += (digit == 0 ? 1 : digit) * 100;
                digit = 0;
            } else {
                return -1;
            }
        }
        return total + digit;
    }
}

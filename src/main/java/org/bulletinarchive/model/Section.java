package org.bulletinarchive.model;

/** A section of an issue as printed, e.g. heading 【一线城市战略学习】 with title 一线城市战略学习. */
public record Section(String heading) {

    /** The heading without its 【】 brackets. */
    public String title() {
        String h = heading.strip();
        if (h.startsWith("【") && h.endsWith("】") && h.length() > 2) {
            return h.substring(1, h.length() - 1).strip();
        }
        return h;
    }
}

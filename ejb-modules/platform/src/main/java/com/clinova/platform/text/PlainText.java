package com.clinova.platform.text;

/** Whether client text is plain: no control characters (line breaks only where allowed). */
public final class PlainText {

    private PlainText() {}

    /** True for text without control characters; null counts as plain. */
    public static boolean isSingleLine(String text) {
        return text == null || text.chars().noneMatch(Character::isISOControl);
    }

    /** True for text whose only control characters are line breaks and tabs; null counts as plain. */
    public static boolean isMultiLine(String text) {
        return text == null
                || text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}

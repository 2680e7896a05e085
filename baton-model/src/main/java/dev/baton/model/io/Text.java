package dev.baton.model.io;

/** Small text helpers for messages and names. */
public final class Text {
    private static final int MESSAGE_LIMIT = 80;

    private Text() {}

    /**
     * A user's string made safe to show in a one-line message: control characters escaped and long strings cut, so
     * that hostile input cannot forge extra output lines.
     */
    public static String quoteForMessage(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(MESSAGE_LIMIT).forEach(codePoint -> appendEscaped(out, codePoint));
        if (value.codePointCount(0, value.length()) > MESSAGE_LIMIT) {
            out.append("…");
        }
        return out.toString();
    }

    /** {@code value} with control characters and line separators escaped as in {@link #quoteForMessage}, not cut. */
    public static String escapeControlCharacters(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(codePoint -> appendEscaped(out, codePoint));
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, int codePoint) {
        if (Character.isISOControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029) {
            out.append(String.format("\\u%04x", codePoint));
        }
        else {
            out.appendCodePoint(codePoint);
        }
    }

    /** Names compare trimmed and case-insensitively, as labels do. */
    public static String normalized(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}

package io.whyrelu.reports.summary;

/**
 * Makes text from result files safe to print on a terminal: names and params come from files
 * anyone can write, and an ESC or BEL in them would drive the terminal (colours, titles, cursor
 * moves, worse on some emulators), a newline would forge a line of output. Control characters
 * (C0, DEL, C1), line and paragraph separators and bidirectional overrides become visible
 * escapes such as {@code \x1b}.
 */
public final class Terminal {

    private Terminal() {}

    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
            if (unsafe && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(unsafe ? (c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c)) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}

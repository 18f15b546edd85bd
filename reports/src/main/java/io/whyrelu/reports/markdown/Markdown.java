package io.whyrelu.reports.markdown;

/**
 * Escaping for text taken from results files into Markdown (GitHub-flavoured, which also renders
 * raw HTML): every character that could start markup or HTML is neutralised, so a benchmark named
 * {@code <script>} or {@code [x](javascript:…)} shows as text in a pull-request comment.
 */
public final class Markdown {

    private Markdown() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '|' -> sb.append("\\|");
                case '\n', '\r' -> sb.append(' ');
                case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '!', '~', '{', '}' -> sb.append('\\').append(c);
                default -> sb.append(io.whyrelu.reports.summary.Terminal.safe(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    /** A table row: cells escaped and joined with pipes. */
    public static String row(String... cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String cell : cells) {
            sb.append(' ').append(cell).append(" |");
        }
        return sb.append('\n').toString();
    }

    /** The separator row under a header; numeric columns right-aligned. */
    public static String separator(boolean... rightAligned) {
        StringBuilder sb = new StringBuilder("|");
        for (boolean r : rightAligned) {
            sb.append(r ? " ---: |" : " --- |");
        }
        return sb.append('\n').toString();
    }
}

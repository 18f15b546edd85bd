package io.whyrelu.reports.view;

/**
 * One table cell: its text, or nothing (not measured); a note that says what it rests on, shown
 * where a format has room (HTML, Markdown) and listed under the table where it has not (text);
 * and whether a figure it is built on is not at steady state or comes from forks that disagree.
 * Renderers choose the dash and the marks.
 */
public record Cell(String text, String note, boolean unsteady, boolean disagree) {

    private static final Cell MISSING = new Cell(null, null, false, false);

    public static Cell of(String text) {
        return text == null ? MISSING : new Cell(text, null, false, false);
    }

    public static Cell missing() {
        return MISSING;
    }

    public boolean isMissing() {
        return text == null;
    }

    /** This cell with a note (none when null or empty). */
    public Cell withNote(String note) {
        return isMissing() || note == null || note.isEmpty() ? this : new Cell(text, note, unsteady, disagree);
    }

    /** This cell with the marks of the figures it is built on (no marks on a missing cell: nothing to warn about). */
    public Cell marked(boolean unsteady, boolean disagree) {
        return isMissing() ? this : new Cell(text, note, this.unsteady || unsteady, this.disagree || disagree);
    }
}

package io.whyrelu.reports.view;

/** Writes a {@link Table} in one output format; the formats differ in markup, dashes, marks and notes, never in content. */
public interface Renderer {

    String render(Table table);

    /** A cell's text: the dash for a missing value, the marks after a figure, and the note when {@code notes}. */
    static String cell(Cell c, String missing, String unsteadyMark, String disagreeMark, boolean notes) {
        if (c.isMissing()) {
            return missing;
        }
        return c.text() + (notes && c.note() != null ? ": " + c.note() : "") + (c.unsteady() ? unsteadyMark : "")
                + (c.disagree() ? disagreeMark : "");
    }
}

package io.whyrelu.reports.view;

/** A table column: its heading, and whether its values are numbers (right-aligned). */
public record Column(String name, boolean numeric) {

    public static Column text(String name) {
        return new Column(name, false);
    }

    public static Column number(String name) {
        return new Column(name, true);
    }
}

package io.whyrelu.reports.summary;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns: left-aligned text, right-aligned numbers. */
public final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    public TextTable(String... header) {
        rows.add(header);
        rightAligned = new boolean[header.length];
    }

    public TextTable alignRight(int... columns) {
        for (int c : columns) {
            rightAligned[c] = true;
        }
        return this;
    }

    /** A row; each cell is made {@link Terminal#safe}, since cells often come from result files. */
    public TextTable row(String... cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = Terminal.safe(cells[i]);
        }
        rows.add(safe);
        return this;
    }

    public boolean isEmpty() {
        return rows.size() == 1;
    }

    public String render() {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++) {
                String cell = row[c];
                String pad = " ".repeat(width[c] - cell.length());
                line.append(rightAligned[c] ? pad + cell : cell + pad).append(c < columns - 1 ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                out.append("  ").append("-".repeat(line.length() - 2)).append('\n');
            }
        }
        return out.toString();
    }
}

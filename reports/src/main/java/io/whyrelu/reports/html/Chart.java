package io.whyrelu.reports.html;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One chart of a report: where it goes, its title, and its ECharts option. */
public record Chart(String id, String title, String caption, ObjectNode option) {

    /** The option as HTML-safe JSON, for the template's script element. */
    public String optionJson() {
        return ScriptJson.write(option);
    }
}

package io.whyrelu.reports.html;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A history trend chart for the report (built by the history module). */
public record TrendSection(String title, String caption, ObjectNode option) {}

package io.newspulse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspulse.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows printed three ways: aligned for a terminal, CSV (RFC 4180 quoting, LF line ends) for spreadsheets, JSON for programs. The
 * table shortens long text and rounds numbers; CSV and JSON carry every value in full (a column that
 * holds a JSON array, like {@code top_headlines}, stays an array in JSON output).
 */
final class ResultTable {
    enum Format { TABLE, CSV, JSON }

    /** Text longer than this is cut in the terminal table (CSV and JSON keep it whole). */
    static final int MAX_CELL = 72;

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

    private final List<String> columns;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    ResultTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Every column and row of a query result; timestamps become instants whatever the driver returns. */
    static ResultTable of(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            columns.add(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        ResultTable table = new ResultTable(columns);
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= columns.size(); i++) {
                Object v = rs.getObject(i);
                if (v instanceof java.sql.Timestamp) {
                    v = ((java.sql.Timestamp) v).toInstant();
                } else if (v instanceof OffsetDateTime) {
                    v = ((OffsetDateTime) v).toInstant();
                }
                row.put(columns.get(i - 1), v);
            }
            table.rows.add(row);
        }
        return table;
    }

    void add(Map<String, Object> row) {
        rows.add(row);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    int size() {
        return rows.size();
    }

    String render(Format format) {
        switch (format) {
            case CSV:
                return csv();
            case JSON:
                return json();
            default:
                return table();
        }
    }

    private String table() {
        List<List<String>> cells = new ArrayList<>();
        int[] width = new int[columns.size()];
        boolean[] numeric = new boolean[columns.size()]; // right-aligned: numbers only, at least one
        boolean[] textual = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            width[c] = columns.get(c).length();
        }
        for (Map<String, Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Object v = row.get(columns.get(c));
                String text = shorten(terminalText(v));
                numeric[c] |= v instanceof Number;
                textual[c] |= v != null && !(v instanceof Number);
                width[c] = Math.max(width[c], text.length());
                line.add(text);
            }
            cells.add(line);
        }
        for (int c = 0; c < columns.size(); c++) {
            numeric[c] &= !textual[c];
        }
        StringBuilder sb = new StringBuilder();
        appendLine(sb, columns, width, numeric);
        for (List<String> line : cells) {
            appendLine(sb, line, width, numeric);
        }
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + pad);
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    private static String terminalText(Object v) {
        if (v == null) {
            return "-";
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            int decimals = Math.abs(d) >= 100 || d == 0 ? 0 : Math.abs(d) >= 1 ? 2 : 3;
            return String.format(Locale.ROOT, "%." + decimals + "f", d);
        }
        if (v instanceof Instant) {
            return TIME.format((Instant) v);
        }
        return v.toString().replace('\n', ' ');
    }

    private static String shorten(String s) {
        return s.length() <= MAX_CELL ? s : s.substring(0, MAX_CELL - 1) + "…";
    }

    private String csv() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", columns)).append("\n");
        for (Map<String, Object> row : rows) {
            for (int c = 0; c < columns.size(); c++) {
                Object v = row.get(columns.get(c));
                sb.append(c == 0 ? "" : ",").append(v == null ? "" : csvQuote(plainText(v)));
            }
            sb.append("\n");
        }
        return sb.toString();
    }

    /** Lists as JSON arrays, instants in ISO-8601, everything else as is. */
    private static String plainText(Object v) {
        if (v instanceof java.util.Collection) {
            try {
                return Json.MAPPER.writeValueAsString(v);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return v.toString();
    }

    private static String csvQuote(String s) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private String json() {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Map<String, Object> row : rows) {
            ObjectNode o = array.addObject();
            row.forEach((column, v) -> o.set(column, jsonValue(v)));
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode jsonValue(Object v) {
        if (v instanceof String) {
            String s = (String) v;
            if (s.startsWith("[") && s.endsWith("]")) {
                try {
                    return Json.MAPPER.readTree(s);
                } catch (IOException notJson) {
                    // plain text that happens to be bracketed
                }
            }
        }
        if (v instanceof Instant) {
            return Json.MAPPER.getNodeFactory().textNode(v.toString());
        }
        return Json.MAPPER.valueToTree(v);
    }
}

package io.newspulse.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads tables back as plain rows, for assertions. */
public final class Tables {
    private Tables() {}

    public static List<Map<String, Object>> query(String url, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i).toLowerCase(), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Fails with the rows one side has and the other lacks (a readable diff rather than two long lists). */
    public static void assertSameRows(List<Map<String, Object>> actual, List<Map<String, Object>> expected) {
        // rows counted in hash maps, not list.removeAll (quadratic: minutes for the tens of thousands of rows of a
        // two-month feed)
        Map<Map<String, Object>, Integer> left = counts(expected);
        List<Map<String, Object>> extra = new ArrayList<>();
        for (Map<String, Object> row : actual) {
            if (left.merge(row, -1, Integer::sum) < 0) {
                extra.add(row);
            }
        }
        List<Map<String, Object>> missing = new ArrayList<>();
        left.forEach((row, n) -> {
            for (int i = 0; i < n; i++) {
                missing.add(row);
            }
        });
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw new AssertionError(actual.size() + " rows, expected " + expected.size() + "; missing "
                    + missing.subList(0, Math.min(3, missing.size())) + " (" + missing.size() + " in all); unexpected "
                    + extra.subList(0, Math.min(3, extra.size())) + " (" + extra.size() + " in all)");
        }
    }

    private static Map<Map<String, Object>, Integer> counts(List<Map<String, Object>> rows) {
        Map<Map<String, Object>, Integer> counts = new HashMap<>();
        for (Map<String, Object> row : rows) {
            counts.merge(row, 1, Integer::sum);
        }
        return counts;
    }
}

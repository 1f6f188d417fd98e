package io.newspulse.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs one query against the trend database and prints the result, for analysts without a SQL client at hand. */
@Command(name = "sql", description = {
    "Runs one SQL query against the trend database and prints the rows.",
    "Example: scripts/newspulse sql \"SELECT * FROM trending_now ORDER BY rank LIMIT 5\""})
final class SqlCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Parameters(index = "0", paramLabel = "QUERY", description = "one SELECT statement")
    String query;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    ResultTable.Format format;

    @Override
    public Integer call() throws Exception {
        try (Connection c = db.connect()) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
                ResultTable table = ResultTable.of(rs);
                System.out.print(table.render(format));
                if (format == ResultTable.Format.TABLE) {
                    System.out.println("(" + table.size() + (table.size() == 1 ? " row)" : " rows)"));
                }
            }
        }
        return 0;
    }
}

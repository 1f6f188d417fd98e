package io.newspulse.cli;

import io.newspulse.sink.Dialect;
import io.newspulse.sink.TrendTables;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Prints the DDL the job runs at start, for operators who create tables themselves. */
@Command(name = "schema", description = "Prints the table DDL for postgresql or sqlite.")
final class SchemaCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "postgresql or sqlite")
    Dialect dialect;

    @Override
    public Integer call() {
        System.out.print(TrendTables.script(dialect));
        return 0;
    }
}

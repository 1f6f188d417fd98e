package io.newspulse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scripts/newspulse <command>}: the project's commands behind one launcher. */
@Command(name = "newspulse", mixinStandardHelpOptions = true, version = "newspulse 0.1.0",
        description = "Spots trending news stories: articles in, trend tables out.",
        subcommands = {RunCommand.class, GenerateCommand.class, TopCommand.class, SqlCommand.class, ReportCommand.class, AlertsCommand.class, RejectsCommand.class,
            SchemaCommand.class,
            ConfigCommand.class, EvaluateCommand.class, ExtractCommand.class, ScoreExtractionCommand.class, TagCommand.class, ScoreTagsCommand.class,
            CommandLine.HelpCommand.class})
public final class NewsPulseCli {
    public static void main(String[] args) {
        int code = new CommandLine(new NewsPulseCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(NewsPulseCli::report)
                .execute(args);
        System.exit(code);
    }

    /** A failed command says what failed in one line (and why, from the root cause); the trace only on request. */
    private static int report(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        System.err.println("newspulse " + cmd.getCommandName() + ": " + e.getMessage()
                + (root != e ? " (cause: " + root + ")" : ""));
        if (System.getenv("NEWSPULSE_DEBUG") != null) {
            e.printStackTrace();
        } else {
            System.err.println("Set NEWSPULSE_DEBUG=1 for the full stack trace.");
        }
        return 1;
    }
}

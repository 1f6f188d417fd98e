package io.newspulse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scripts/newspulse <command>}: the project's commands behind one launcher. */
@Command(name = "newspulse", mixinStandardHelpOptions = true, version = "newspulse 0.1.0",
        description = "Spots trending news stories: articles in, trend tables out.",
        subcommands = {RunCommand.class, GenerateCommand.class, TopCommand.class, RejectsCommand.class, SchemaCommand.class,
            ConfigCommand.class,
            CommandLine.HelpCommand.class})
public final class NewsPulseCli {
    public static void main(String[] args) {
        int code = new CommandLine(new NewsPulseCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        System.exit(code);
    }
}

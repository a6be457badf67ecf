package dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: one subcommand class per job. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Political event data from news text: who did what to whom, when, where, how certain, on whose word.",
        subcommands = {CodeCommand.class, ActorCommand.class, EvalCommand.class, CorpusCommand.class, BenchCommand.class, IngestCommand.class, EventsCommand.class,
                TimelineCommand.class, ExpectationsCommand.class, ExportCommand.class, ServeCommand.class, SparkCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit status (SPEC section 4: 0 ok, 1 some articles failed, 2 usage). */
    public static int run(String... args) {
        // picocli's defaults are SPEC's: 2 for a usage error, 1 for a failure while running
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

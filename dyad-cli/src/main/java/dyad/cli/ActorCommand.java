package dyad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code dyad actor}: resolves actor texts at a date (filled in below). */
@Command(name = "actor", mixinStandardHelpOptions = true, description = "Resolve actor texts to actor objects at a date.")
final class ActorCommand implements Callable<Integer> {
    @Override
    public Integer call() { return 0; }
}

package dyad.core.eval;

import java.util.List;

/**
 * One hand-annotated event of a gold file (eval/README.md of the shared evaluation sets): the actor keys and code
 * prefixes that are right, the date prefixes (null: not scored), the modalities, whether the actors may come in
 * either order, whether it is optional, and its alternative readings (partial overrides, already filled in).
 */
public record GoldEvent(String id, List<String> sources, List<String> targets, List<String> codes, List<String> dates,
                        List<String> modalities, boolean symmetric, boolean optional, List<String> locations,
                        List<GoldEvent> alternatives) {}

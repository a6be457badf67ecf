/**
 * dyad's temporal stage: finds temporal expressions in news English and normalises them against the article date.
 *
 * <p>{@link dyad.core.time.TemporalTagger} gives, for each expression, a {@link dyad.core.time.Timex}: its span, its
 * TimeML TIMEX3 type and value, and the date dyad gives an event at that time (SPEC section 2, field {@code date}:
 * ISO 8601 at the coarsest precision that is surely right, "2025-11-10", "2025-09", "2025", "199") with the days it
 * covers. The tense that decides "on Friday" (the last one or the next) is the caller's
 * ({@link dyad.core.time.Direction}) or guessed from the words of the clause.
 *
 * <p>Written for dyad from scratch: hand-made rules, no third-party code or data. Measured (not tuned by hard-coded
 * strings) on the TempEval-3 platinum test set (UzZaman et al. 2013, annotations CC BY 3.0), see TempEval3Test.
 */
package dyad.core.time;

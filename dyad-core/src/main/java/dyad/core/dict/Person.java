package dyad.core.dict;

import java.time.LocalDate;
import java.util.List;

/** A person of the people table with their dated roles (spells), oldest first. */
public record Person(String id, String name, String country, List<Spell> spells) {

    /** One role held from {@code start} to {@code end} (inclusive; end null = still held). */
    public record Spell(String country, String code, LocalDate start, LocalDate end, String role) {

        public boolean covers(LocalDate d) {
            return (start == null || !d.isBefore(start)) && (end == null || !d.isAfter(end));
        }

        /** Whether this spell is an office of state (so leaving it makes the holder a former leader, ELI). */
        public boolean isOffice() {
            return code.endsWith("GOV") || code.endsWith("MIL") || code.endsWith("LEG");
        }
    }

    /** The spell held at the date, preferring the most senior when several overlap; null if none. */
    public Spell spellAt(LocalDate d) {
        Spell best = null;
        for (Spell s : spells) {
            if (s.covers(d) && (best == null || seniority(s.role) > seniority(best.role))) best = s;
        }
        return best;
    }

    /** Whether the person held an office of state that ended before the date. */
    public Spell lastOfficeBefore(LocalDate d) {
        Spell last = null;
        for (Spell s : spells) if (s.isOffice() && s.end() != null && s.end().isBefore(d)) last = s;
        return last;
    }

    private static int seniority(String role) {
        return switch (role == null ? "" : role) {
            case "hosg" -> 5;
            case "hos" -> 4;
            case "hog" -> 3;
            case "fm", "dm" -> 2;
            default -> 1;
        };
    }
}

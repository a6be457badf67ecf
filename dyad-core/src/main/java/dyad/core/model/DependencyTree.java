package dyad.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dependency tree of one sentence: for each token its head (-1 for the root) and relation
 * ("nsubj", "obj", "obl", "nmod:poss", ...). Immutable.
 */
public final class DependencyTree {

    private final int[] heads;
    private final String[] relations;
    private final List<List<Integer>> children;

    public DependencyTree(int[] heads, String[] relations) {
        if (heads.length != relations.length) throw new IllegalArgumentException("heads and relations differ in length");
        this.heads = heads.clone();
        this.relations = relations.clone();
        List<List<Integer>> kids = new ArrayList<>(heads.length);
        for (int i = 0; i < heads.length; i++) kids.add(new ArrayList<>());
        for (int i = 0; i < heads.length; i++) if (heads[i] >= 0) kids.get(heads[i]).add(i);
        List<List<Integer>> frozen = new ArrayList<>(heads.length);
        for (List<Integer> k : kids) frozen.add(List.copyOf(k));
        this.children = List.copyOf(frozen);
    }

    /** A tree with no arcs: every token a root of its own (for sentences the parser skipped). */
    public static DependencyTree flat(int size) {
        int[] h = new int[size];
        Arrays.fill(h, -1);
        String[] r = new String[size];
        Arrays.fill(r, "root");
        return new DependencyTree(h, r);
    }

    public int size() { return heads.length; }

    public int head(int i) { return heads[i]; }

    public String relation(int i) { return relations[i]; }

    public List<Integer> children(int i) { return children.get(i); }

    /** Children of i whose relation equals rel or starts with rel + ":" ("obl" matches "obl:tmod"). */
    public List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) if (is(c, rel)) out.add(c);
        return out;
    }

    /** Whether token i's relation is rel or a subtype of it. */
    public boolean is(int i, String rel) {
        String r = relations[i];
        return r.equals(rel) || (r.startsWith(rel) && r.length() > rel.length() && r.charAt(rel.length()) == ':');
    }

    /** Whether a lies in the subtree of b (a == b counts). */
    public boolean dominates(int b, int a) {
        for (int x = a, guard = 0; x >= 0 && guard <= heads.length; x = heads[x], guard++) if (x == b) return true;
        return false;
    }

    /** Number of arcs from i up to the root. */
    public int depth(int i) {
        int d = 0;
        for (int x = heads[i]; x >= 0 && d <= heads.length; x = heads[x]) d++;
        return d;
    }

    /** The smallest and largest token index of i's subtree. */
    public int[] span(int i) {
        int lo = i, hi = i;
        for (int c : children.get(i)) {
            int[] s = span(c);
            lo = Math.min(lo, s[0]);
            hi = Math.max(hi, s[1]);
        }
        return new int[] {lo, hi};
    }
}

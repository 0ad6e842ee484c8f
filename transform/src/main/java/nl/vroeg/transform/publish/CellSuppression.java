package nl.vroeg.transform.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.vroeg.lake.published.SuppressionRules;

/**
 * Cell suppression over one table of counts and the additive relations between them (spec/indicators.md,
 * "Published figures"): primary suppression hides every small count; then, while some relation has exactly one
 * hidden cell (which its other cells would give back by subtraction), one more cell of that relation is hidden:
 * the smallest non-zero visible count (ties: lowest area code, then category). Relations are swept in the order
 * they were added until a sweep hides nothing, so the result is deterministic and no relation ends with exactly
 * one hidden cell.
 *
 * <p>A relation is the set of cells of one linear equation (a total and its parts, or two cells that are the same
 * figure); which cell is the total does not matter for the rule. A zero is never hidden: it would read "&lt;5".
 */
public final class CellSuppression {

    private final List<Long> values = new ArrayList<>();
    private final List<String> areas = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final List<int[]> relations = new ArrayList<>();

    private boolean[] hidden;
    private boolean[] secondary;

    /**
     * Adds a cell.
     *
     * @param area     area code of the cell (first tie-breaker)
     * @param category the rest of the cell's identity (second tie-breaker: table, row and column)
     * @return the cell's number, for {@link #relation}
     */
    public int cell(long value, String area, String category) {
        if (value < 0) throw new IllegalArgumentException("a count is never negative: " + area + " " + category + " " + value);
        values.add(value);
        areas.add(area);
        categories.add(category);
        return values.size() - 1;
    }

    /** Adds a relation: cells whose values satisfy one linear equation. Fewer than two cells relate nothing. */
    public void relation(List<Integer> cells) {
        int[] members = cells.stream().mapToInt(Integer::intValue).distinct().toArray();
        if (members.length >= 2) relations.add(members);
    }

    public long value(int cell) {
        return values.get(cell);
    }

    public int cells() {
        return values.size();
    }

    public int relations() {
        return relations.size();
    }

    /** Runs primary and secondary suppression; afterwards {@link #hidden} and {@link #secondary} answer. */
    public CellSuppression suppress(SuppressionRules rules) {
        int n = values.size();
        hidden = new boolean[n];
        secondary = new boolean[n];
        for (int c = 0; c < n; c++) hidden[c] = rules.smallCount(values.get(c));

        int[] rank = tieBreakRanks();
        List<List<Integer>> relationsOfCell = new ArrayList<>(n);
        for (int c = 0; c < n; c++) relationsOfCell.add(new ArrayList<>(4));
        int[] hiddenInRelation = new int[relations.size()];
        for (int r = 0; r < relations.size(); r++) {
            for (int c : relations.get(r)) {
                relationsOfCell.get(c).add(r);
                if (hidden[c]) hiddenInRelation[r]++;
            }
        }

        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < relations.size(); r++) {
                if (hiddenInRelation[r] != 1) continue;
                int next = smallestVisibleNonZero(relations.get(r), rank);
                if (next < 0) {
                    // cannot happen for a true equation: a lone hidden non-zero cell needs a non-zero partner
                    throw new IllegalStateException("Relation " + describe(relations.get(r)) + " has one hidden cell and no other to hide");
                }
                hidden[next] = true;
                secondary[next] = true;
                for (int other : relationsOfCell.get(next)) hiddenInRelation[other]++;
                changed = true;
            }
        }
        return this;
    }

    /** Whether the cell is not published (a small count, or hidden to protect one). */
    public boolean hidden(int cell) {
        return hidden[cell];
    }

    /** Whether the cell was hidden to protect another (secondary suppression, shown "x"). */
    public boolean secondary(int cell) {
        return secondary[cell];
    }

    /** Each cell's place in the order (value, area, category): the order in which candidates are chosen. */
    private int[] tieBreakRanks() {
        Integer[] order = new Integer[values.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingLong(values::get).thenComparing(areas::get).thenComparing(categories::get));
        int[] rank = new int[order.length];
        for (int i = 0; i < order.length; i++) rank[order[i]] = i;
        return rank;
    }

    private int smallestVisibleNonZero(int[] relation, int[] rank) {
        int best = -1;
        for (int c : relation) {
            if (!hidden[c] && values.get(c) > 0 && (best < 0 || rank[c] < rank[best])) best = c;
        }
        return best;
    }

    private String describe(int[] relation) {
        StringBuilder text = new StringBuilder("{");
        for (int c : relation) text.append(text.length() > 1 ? ", " : "").append((areas.get(c) + " " + categories.get(c)).strip());
        return text.append('}').toString();
    }
}

package be.tafel.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of families that add up to a total, like the families of a map per neighbourhood, or what a bridge
 * figure's leaving cuts off. Each cell is a {@link FamilyCount}; for everyone but brokers the group decides
 * together which cells to mask, so that none can be worked out from the total and the other cells.
 *
 * <ol>
 *   <li>Primary suppression: every cell from 1 to 4 reads {@value FamilyCount#MASK}.
 *   <li>Secondary suppression: a reader who knows the exact total, the cells shown and how this works knows
 *       that each {@code "<5"} cell is 1 to 4 and each {@code "5+"} cell at least 5 and at most the smallest
 *       cell still shown. While that pins any {@code "<5"} cell to one value, the smallest cell of 5 or more
 *       still shown is masked as {@value FamilyCount#SUPPRESSED}; when none is left, the total is masked too:
 *       as {@code "<5"} or {@code "5+"} where that bound pins no cell, else as nothing (null).
 * </ol>
 *
 * The total may count more than families ({@code others}, e.g. partners cut off), which stay exact. Add every
 * cell before the first answer is written: the masks are decided once, at the first reading.
 */
public final class FamilyCounts {
    private static final int TOTAL = -1;
    private static final int UNION = -2;
    /** A bound no count of families reaches. */
    private static final long UNBOUNDED = Integer.MAX_VALUE;

    private final int others;
    private final List<Integer> cells = new ArrayList<>();
    private Object[] shown;
    private Object totalShown;

    private FamilyCounts(int others) {
        this.others = others;
    }

    /** A group whose total is the sum of its cells. */
    public static FamilyCounts adding() {
        return new FamilyCounts(0);
    }

    /** A group whose total is its cells plus {@code others} that are not families and stay exact. */
    public static FamilyCounts besides(int others) {
        return new FamilyCounts(others);
    }

    /** A new cell of the group. */
    public synchronized FamilyCount cell(int families) {
        if (shown != null) {
            throw new IllegalStateException("the masks of this group were decided; add every cell first");
        }
        cells.add(families);
        return new FamilyCount(families, this, cells.size() - 1);
    }

    /** The total: the sum of the cells and the others. */
    public synchronized FamilyCount total() {
        return new FamilyCount(cells.stream().mapToInt(Integer::intValue).sum() + others, this, TOTAL);
    }

    /**
     * How many families are in any cell, for cells that may overlap (a family looping between several pairs
     * of partners): as it is while every cell reads exactly, and as nothing (null) once one is masked, since
     * it and the cells shown could then give a masked cell back.
     */
    public synchronized FamilyCount union(int families) {
        return new FamilyCount(families, this, UNION);
    }

    synchronized Object shown(int cell, int value) {
        if (shown == null) {
            decide();
        }
        if (cell == UNION) {
            for (Object s : shown) {
                if (!(s instanceof Integer)) {
                    return null;
                }
            }
            return FamilyCount.primary(value);
        }
        return cell == TOTAL ? totalShown : shown[cell];
    }

    private void decide() {
        int n = cells.size();
        int total = cells.stream().mapToInt(Integer::intValue).sum() + others;
        shown = new Object[n];
        for (int i = 0; i < n; i++) {
            shown[i] = FamilyCount.primary(cells.get(i));
        }
        totalShown = total;
        while (aMaskedCellFollows(total, total)) {
            int next = smallestShownFrom(FamilyCount.THRESHOLD);
            if (next < 0) {
                maskTotal(total);
                return;
            }
            shown[next] = FamilyCount.SUPPRESSED;
        }
    }

    /** The total as a bound ({@code "<5"} or {@code "5+"}) where that pins no cell, else as nothing. */
    private void maskTotal(int total) {
        boolean small = total < FamilyCount.THRESHOLD;
        totalShown = small ? FamilyCount.MASK : FamilyCount.SUPPRESSED;
        if (small
                ? aMaskedCellFollows(1, FamilyCount.THRESHOLD - 1)
                : aMaskedCellFollows(FamilyCount.THRESHOLD, UNBOUNDED)) {
            totalShown = null;
        }
    }

    /**
     * Whether a total from {@code totalLow} to {@code totalHigh} and the cells shown leave a single value for
     * some {@code "<5"} cell.
     */
    private boolean aMaskedCellFollows(long totalLow, long totalHigh) {
        long visible = others;
        long lowSum = 0;
        long highSum = 0;
        int smallestShown = smallestShownValue();
        long secondaryHigh = smallestShown < 0 ? UNBOUNDED : smallestShown;
        boolean anyPrimary = false;
        for (Object s : shown) {
            if (s instanceof Integer v) {
                visible += v;
            } else if (FamilyCount.MASK.equals(s)) {
                anyPrimary = true;
                lowSum += 1;
                highSum += FamilyCount.THRESHOLD - 1;
            } else {
                lowSum += FamilyCount.THRESHOLD;
                highSum += secondaryHigh;
            }
        }
        if (!anyPrimary) {
            return false;
        }
        long hiddenLow = totalLow - visible;
        long hiddenHigh = totalHigh - visible;
        long low = Math.max(1, hiddenLow - (highSum - (FamilyCount.THRESHOLD - 1)));
        long high = Math.min(FamilyCount.THRESHOLD - 1, hiddenHigh - (lowSum - 1));
        return low >= high;
    }

    private int smallestShownFrom(int least) {
        int best = -1;
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Integer v && v >= least && (best < 0 || v < cells.get(best))) {
                best = i;
            }
        }
        return best;
    }

    private int smallestShownValue() {
        int best = -1;
        for (Object s : shown) {
            if (s instanceof Integer v && v > 0 && (best < 0 || v < best)) {
                best = v;
            }
        }
        return best;
    }
}

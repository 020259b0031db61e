package be.tafel.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/** The only source of chance in the demo: a seeded generator with the few draws the generators need. */
final class DemoRandom {
    private final SplittableRandom random;

    DemoRandom(long seed) {
        this(new SplittableRandom(seed));
    }

    private DemoRandom(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so that one generator's draws never shift another's. */
    DemoRandom split() {
        return new DemoRandom(random.split());
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A day from {@code from} to {@code to}, both included; {@code from} when the range is empty. */
    LocalDate day(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }

    /** An index drawn with probability proportional to its weight; -1 when all weights are zero. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (total <= 0) {
            return -1;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        return -1;
    }

    /** An index drawn from cumulative weights (ascending, last = total) by binary search. */
    int cumulative(double[] cumulative) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}

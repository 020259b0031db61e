package be.tafel.analysis.algo;

/**
 * The best {@code capacity} pairs seen so far, in a heap whose root is the worst: lowest key, then
 * largest (u, v). Parallel primitive arrays, no boxing.
 */
final class TopPairs {
    private final double[] key;
    private final double[] score;
    private final int[] us;
    private final int[] vs;
    private int size;

    TopPairs(int capacity) {
        key = new double[capacity];
        score = new double[capacity];
        us = new int[capacity];
        vs = new int[capacity];
    }

    int capacity() {
        return key.length;
    }

    int size() {
        return size;
    }

    boolean isFull() {
        return size == key.length;
    }

    /** The key of the worst pair kept; a pair with a lower key can no longer get in once full. */
    double worstKey() {
        return key[0];
    }

    void offerAll(TopPairs other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.key[i], other.us[i], other.vs[i], other.score[i]);
        }
    }

    void offer(double k, int u, int v, double s) {
        if (size < key.length) {
            set(size, k, u, v, s);
            siftUp(size++);
        } else if (size > 0 && worse(0, k, u, v)) {
            set(0, k, u, v, s);
            siftDown(0);
        }
    }

    int worstU() {
        return us[0];
    }

    int worstV() {
        return vs[0];
    }

    double worstScore() {
        return score[0];
    }

    void removeWorst() {
        size--;
        if (size > 0) {
            set(0, key[size], us[size], vs[size], score[size]);
            siftDown(0);
        }
    }

    /** Whether entry {@code i} ranks below the pair {@code (k, u, v)}. */
    private boolean worse(int i, double k, int u, int v) {
        if (key[i] != k) {
            return key[i] < k;
        }
        return us[i] != u ? us[i] > u : vs[i] > v;
    }

    private boolean worse(int i, int j) {
        return worse(i, key[j], us[j], vs[j]);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && worse(child + 1, child)) {
                child++;
            }
            if (!worse(child, i)) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void set(int i, double k, int u, int v, double s) {
        key[i] = k;
        us[i] = u;
        vs[i] = v;
        score[i] = s;
    }

    private void swap(int i, int j) {
        double k = key[i];
        double s = score[i];
        int u = us[i];
        int v = vs[i];
        set(i, key[j], us[j], vs[j], score[j]);
        set(j, k, u, v, s);
    }
}

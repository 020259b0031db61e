package be.tafel.analysis;

import java.util.function.Supplier;

/** A value computed once, on first use, by whichever thread asks first; the others wait for it. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = compute.get();
                    value = result;
                }
            }
        }
        return result;
    }
}

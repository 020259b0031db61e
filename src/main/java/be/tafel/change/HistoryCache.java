package be.tafel.change;

import be.tafel.store.GraphRepository;
import be.tafel.store.GraphStore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link History} of the newest graph version, read once per version: every change, timeline, flow
 * and reach answer of that version shares it, so a warm answer costs no store read but the version check.
 */
public final class HistoryCache {
    private record Entry(long version, History history) {}

    private final GraphStore store;
    private final GraphRepository repository;
    private final AtomicReference<Entry> current = new AtomicReference<>();

    public HistoryCache(GraphStore store) {
        this.store = store;
        this.repository = new GraphRepository(store);
    }

    public History history() {
        long version = store.version();
        Entry entry = current.get();
        if (entry != null && entry.version() == version) {
            return entry.history();
        }
        History history = new History(repository.export());
        // a write between the version check and the read: answer it, but do not keep it under the old version
        if (store.version() == version) {
            current.set(new Entry(version, history));
        }
        return history;
    }
}

package org.iecmhc.lms.platform.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results remembered by key, each for a fixed lifetime from the moment it was computed, at most {@code capacity} of
 * them, the least recently read dropped first. The time is given by the caller, so that the feature's clock (and a
 * test's) decides what has expired. A result is computed outside the lock: a slow computation holds up no reader of
 * another key, and two requests that miss the same key at once both compute it, the later result kept.
 */
public final class RecentResults<K, V> {

    private final Duration lifetime;
    private final Map<K, Remembered<V>> entries;

    public RecentResults(int capacity, Duration lifetime) {
        this.lifetime = lifetime;
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Remembered<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The key's result if it was computed less than the lifetime before now; otherwise computed now and remembered. */
    public V get(K key, Instant now, Supplier<V> compute) {
        synchronized (entries) {
            Remembered<V> remembered = entries.get(key);
            if (remembered != null && now.isBefore(remembered.until())) {
                return remembered.result();
            }
        }
        return recompute(key, now, compute);
    }

    /** Computes the key's result now and remembers it in place of the one before, whatever its age. */
    public V recompute(K key, Instant now, Supplier<V> compute) {
        V result = compute.get();
        synchronized (entries) {
            entries.put(key, new Remembered<>(result, now.plus(lifetime)));
        }
        return result;
    }

    /** Forgets the key's result, so that the next {@link #get} computes it: what it was made from has changed. */
    public void forget(K key) {
        synchronized (entries) {
            entries.remove(key);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private record Remembered<V>(V result, Instant until) {
    }
}

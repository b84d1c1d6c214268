package org.w3id.legkg.infer;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A set of non-negative ints. Most sets in the fact store hold a handful of values (one node's successors
 * under one property), so up to {@value #LINEAR_MAX} values live in a plain array scanned linearly; larger
 * sets switch to open addressing. No boxing: the store holds millions of these.
 */
final class IntSet {
    private static final int LINEAR_MAX = 8;
    private static final int EMPTY = -1;

    /** Linear mode: values in [0, size). Hash mode: slots, EMPTY where free. */
    private int[] data;
    private int size;
    private boolean hashed;

    IntSet() {
        data = new int[2];
    }

    int size() { return size; }

    boolean contains(int v) {
        if (!hashed) {
            for (int i = 0; i < size; i++) if (data[i] == v) return true;
            return false;
        }
        int mask = data.length - 1;
        for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
            int d = data[i];
            if (d == v) return true;
            if (d == EMPTY) return false;
        }
    }

    /** @return true if the value was not present */
    boolean add(int v) {
        if (v < 0) throw new IllegalArgumentException("negative value " + v);
        if (!hashed) {
            for (int i = 0; i < size; i++) if (data[i] == v) return false;
            if (size < LINEAR_MAX) {
                if (size == data.length) data = Arrays.copyOf(data, Math.min(LINEAR_MAX, size * 2));
                data[size++] = v;
                return true;
            }
            rehash(32);
        } else if ((size + 1) * 2 > data.length) {
            rehash(data.length * 2);
        }
        if (insert(data, v)) {
            size++;
            return true;
        }
        return false;
    }

    void forEach(IntConsumer action) {
        if (!hashed) {
            for (int i = 0; i < size; i++) action.accept(data[i]);
        } else {
            for (int d : data) if (d != EMPTY) action.accept(d);
        }
    }

    /** A copy of the values, for callers that add to the store while iterating. */
    int[] toArray() {
        int[] out = new int[size];
        if (!hashed) {
            System.arraycopy(data, 0, out, 0, size);
        } else {
            int n = 0;
            for (int d : data) if (d != EMPTY) out[n++] = d;
        }
        return out;
    }

    private void rehash(int capacity) {
        int[] table = new int[capacity];
        Arrays.fill(table, EMPTY);
        if (!hashed) {
            for (int i = 0; i < size; i++) insert(table, data[i]);
        } else {
            for (int d : data) if (d != EMPTY) insert(table, d);
        }
        data = table;
        hashed = true;
    }

    private static boolean insert(int[] table, int v) {
        int mask = table.length - 1;
        for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
            int d = table[i];
            if (d == v) return false;
            if (d == EMPTY) {
                table[i] = v;
                return true;
            }
        }
    }

    static int mix(int v) {
        int h = v * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}

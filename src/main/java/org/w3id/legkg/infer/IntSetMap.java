package org.w3id.legkg.infer;

import java.util.Arrays;

/** Open-addressing map from a non-negative int key (a node) to an {@link IntSet} (its neighbours). */
final class IntSetMap {
    private int[] keys;
    private IntSet[] values;
    private int size;

    IntSetMap() {
        keys = new int[16];
        Arrays.fill(keys, -1);
        values = new IntSet[16];
    }

    /** The set for the key, or null. */
    IntSet get(int key) {
        int mask = keys.length - 1;
        for (int i = IntSet.mix(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) return values[i];
            if (k == -1) return null;
        }
    }

    IntSet getOrCreate(int key) {
        if ((size + 1) * 2 > keys.length) grow();
        int mask = keys.length - 1;
        for (int i = IntSet.mix(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) return values[i];
            if (k == -1) {
                keys[i] = key;
                size++;
                return values[i] = new IntSet();
            }
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        IntSet[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1);
        values = new IntSet[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == -1) continue;
            int i = IntSet.mix(oldKeys[j]) & mask;
            while (keys[i] != -1) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
        }
    }
}

package org.personneltracker.transfer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A set of strings kept as 64-bit hashes (open addressing over a long array): how an import remembers a million
 * event keys or source addresses it has met in 16 MB instead of the ~150 MB the strings would take. Two different
 * strings sharing a 64-bit hash (odds about 1 in 10^7 for a million keys) would be taken for a repeat.
 */
final class KeyHashes {

    private long[] table = new long[1024];
    private int size;

    /** Adds the string; false when it (or a string with the same hash) was there already. */
    boolean add(String s) {
        long h = hash(s);
        if (h == 0) {
            h = 1;
        }
        if ((size + 1) * 2L > table.length) {
            grow();
        }
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = h;
                size++;
                return true;
            }
            if (table[i] == h) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        int mask = table.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = h;
                size++;
            }
        }
    }

    /** FNV-1a over the UTF-8 bytes, then mixed (SplitMix64's finalizer). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    int size() {
        return size;
    }

    @Override
    public String toString() {
        return "KeyHashes" + Arrays.toString(new int[] {size});
    }
}

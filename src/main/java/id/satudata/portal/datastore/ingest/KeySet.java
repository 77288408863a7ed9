package id.satudata.portal.datastore.ingest;

/**
 * The primary keys seen in one load, as 64-bit hashes in an open-addressing table (16
 * bytes per key at most; a false duplicate needs a 64-bit collision).
 */
final class KeySet {

    private long[] table = new long[1 << 12];

    private int size;

    private boolean hasZero;

    /** Adds the key; false when it was there already. */
    boolean add(String[] key) {
        long h = hash(key);
        if (h == 0) {
            if (hasZero) {
                return false;
            }
            hasZero = true;
            return true;
        }
        if (size * 2 >= table.length) {
            grow();
        }
        return insert(table, h);
    }

    private boolean insert(long[] into, long h) {
        int mask = into.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (into[i] != 0) {
            if (into[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        into[i] = h;
        if (into == table) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long h : old) {
            if (h != 0) {
                insert(table, h);
            }
        }
    }

    static long hash(String[] key) {
        long h = 0xcbf29ce484222325L;
        for (String part : key) {
            for (int i = 0; i < part.length(); i++) {
                h ^= part.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= 0x1F;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

}

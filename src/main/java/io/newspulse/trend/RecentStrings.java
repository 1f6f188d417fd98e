package io.newspulse.trend;

/**
 * Strings met recently, one per slot by hash code, so that equal strings met close together share one instance: the
 * same instance compares equal at once, where two copies are read character by character. A bounded table, not a
 * growing intern pool: an old string is simply replaced.
 */
final class RecentStrings {
    private final String[] slots;

    /** @param slots how many strings are kept at most, a power of two */
    RecentStrings(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.slots = new String[slots];
    }

    /** The instance met before that equals {@code s}, or {@code s}, which is kept in its place (null for null). */
    String of(String s) {
        if (s == null) {
            return null;
        }
        int i = s.hashCode() & (slots.length - 1);
        String kept = slots[i];
        if (s.equals(kept)) {
            return kept;
        }
        slots[i] = s;
        return s;
    }
}

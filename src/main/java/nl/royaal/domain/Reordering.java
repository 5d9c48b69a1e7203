package nl.royaal.domain;

import java.util.ArrayList;
import java.util.List;

/** Moving one item in an ordered list, as drag-and-drop and Alt+arrow both do. */
public final class Reordering {

    private Reordering() {
    }

    /**
     * Returns a copy of {@code items} with the item at {@code from} moved to {@code to};
     * {@code to} is clamped to the list so "move down" on the last item changes nothing.
     */
    public static <T> List<T> move(List<T> items, int from, int to) {
        if (from < 0 || from >= items.size()) {
            throw new IndexOutOfBoundsException("from " + from + " of " + items.size());
        }
        int target = Math.clamp(to, 0, items.size() - 1);
        List<T> moved = new ArrayList<>(items);
        T item = moved.remove(from);
        moved.add(target, item);
        return List.copyOf(moved);
    }
}

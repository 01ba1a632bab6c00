package dev.aftersales.storage.memory;

import dev.aftersales.common.Versioned;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a memory store has committed, for tests that check that a refused command wrote
 * nothing: the records of every {@link MemoryTable} the store's repositories hold, found through
 * their fields so that a table added later is included without changing this class.
 */
final class MemoryContents {

    private MemoryContents() {
    }

    /**
     * Returns the committed records of every table, table by table, each in id order.
     *
     * @param store the store
     * @return the records, a new list
     */
    static List<Object> of(MemoryStore store) {
        List<Object> out = new ArrayList<>();
        List<MemoryTable<?>> tables = new ArrayList<>();
        for (Object repository : fieldValues(store)) {
            if (repository != null && repository.getClass().getPackage() == MemoryStore.class.getPackage()) {
                for (Object value : fieldValues(repository)) {
                    if (value instanceof MemoryTable<?> table) {
                        tables.add(table);
                    }
                }
            }
        }
        if (tables.size() < 8) {
            throw new IllegalStateException("found only " + tables.size() + " tables: " + tables);
        }
        for (MemoryTable<?> table : tables) {
            out.add(table.toString());
            out.addAll(table.select(r -> true, Comparator.comparing(Versioned::idText)));
        }
        return out;
    }

    private static List<Object> fieldValues(Object owner) {
        List<Object> values = new ArrayList<>();
        for (Field f : owner.getClass().getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                f.setAccessible(true);
                try {
                    values.add(f.get(owner));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}

package io.typedoo.internal.record;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The list a search, a browse or a relation hands out: read-only, and saying so. {@code List.copyOf} would throw
 * an {@code UnsupportedOperationException} without a message, which leaves a Kotlin user (who sees a
 * {@code MutableList} in a Java {@code List}) guessing; this one names the list and how to get a copy that can
 * change.
 *
 * @param <E> the records
 */
public final class ReadOnlyRecords<E> extends AbstractList<E> implements RandomAccess {

    private final Object[] items;
    /** Built only for the message: the lists of relations are made on every read of one, the message rarely. */
    private final Supplier<String> what;

    private ReadOnlyRecords(Object[] items, Supplier<String> what) {
        this.items = items;
        this.what = what;
    }

    /**
     * A read-only copy of {@code items}.
     *
     * @param what what the list is, for the message, such as {@code "The result of a search of todo.task"}
     */
    public static <E> List<E> of(Collection<? extends E> items, Supplier<String> what) {
        Object[] copy = items.toArray();
        for (Object item : copy) {
            if (item == null) {
                throw new NullPointerException(what.get() + " cannot hold null");
            }
        }
        return new ReadOnlyRecords<>(copy, what);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    // AbstractList routes every other change (add, addAll, remove(Object), clear, removeIf, sort, iterator and
    // listIterator changes) through these three.

    @Override
    public E set(int index, E element) {
        throw readOnly();
    }

    @Override
    public void add(int index, E element) {
        throw readOnly();
    }

    @Override
    public E remove(int index) {
        throw readOnly();
    }

    private UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException(what.get() + " is read-only; copy it to change it:"
                + " new ArrayList<>(records) in Java, records.toMutableList() in Kotlin");
    }
}

package io.typedoo.typed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A change to a one2many or many2many field, as Odoo's command triples: replace the whole set, add, remove
 * (unlink the relation, keep the record) or clear. Immutable; combine with {@link #and}.
 *
 * <pre>{@code
 * tasks.write(task, v -> v.tags(X2many.add(urgent).and(X2many.remove(later))));
 * }</pre>
 *
 * @param <R> the target's model interface
 */
public final class X2many<R> {

    private static final int REMOVE = 3;
    private static final int ADD = 4;
    private static final int CLEAR = 5;
    private static final int SET = 6;

    private final List<List<Object>> commands;

    private X2many(List<List<Object>> commands) {
        this.commands = List.copyOf(commands);
    }

    /** Replace the whole set with {@code records}: {@code (6, 0, ids)}. */
    public static <R> X2many<R> set(Collection<? extends R> records) {
        return setIds(ids(records));
    }

    /** Replace the whole set with the records {@code ids}: {@code (6, 0, ids)}. */
    public static <R> X2many<R> setIds(Collection<Long> ids) {
        return new X2many<>(List.of(List.of(SET, 0, List.copyOf(ids))));
    }

    /** Add {@code records}: {@code (4, id, 0)} each. */
    public static <R> X2many<R> add(Collection<? extends R> records) {
        return addIds(ids(records));
    }

    /** Add {@code records}: {@code (4, id, 0)} each. */
    @SafeVarargs
    public static <R> X2many<R> add(R... records) {
        List<Long> ids = new ArrayList<>(records.length);
        for (R record : records) {
            ids.add(RecordHandle.idOf(record));
        }
        return addIds(ids);
    }

    /** Add the records {@code ids}. */
    public static <R> X2many<R> addIds(Collection<Long> ids) {
        return each(ADD, ids);
    }

    /** Remove {@code records} from the relation, keeping the records: {@code (3, id, 0)} each. */
    public static <R> X2many<R> remove(Collection<? extends R> records) {
        return removeIds(ids(records));
    }

    /** Remove {@code records} from the relation, keeping the records. */
    @SafeVarargs
    public static <R> X2many<R> remove(R... records) {
        List<Long> ids = new ArrayList<>(records.length);
        for (R record : records) {
            ids.add(RecordHandle.idOf(record));
        }
        return removeIds(ids);
    }

    /** Remove the records {@code ids} from the relation. */
    public static <R> X2many<R> removeIds(Collection<Long> ids) {
        return each(REMOVE, ids);
    }

    /** Empty the relation, keeping the records: {@code (5, 0, 0)}. */
    public static <R> X2many<R> clear() {
        return new X2many<>(List.of(List.of(CLEAR, 0, 0)));
    }

    /** This change, then {@code more}. */
    public X2many<R> and(X2many<? extends R> more) {
        List<List<Object>> all = new ArrayList<>(commands);
        all.addAll(more.commands);
        return new X2many<>(all);
    }

    /** The command triples Odoo's {@code create} and {@code write} take. */
    public List<List<Object>> toWire() {
        return commands;
    }

    @Override
    public String toString() {
        return commands.toString();
    }

    private static <R> X2many<R> each(int command, Collection<Long> ids) {
        List<List<Object>> list = new ArrayList<>(ids.size());
        for (Long id : ids) {
            list.add(List.of(command, id, 0));
        }
        return new X2many<>(list);
    }

    private static List<Long> ids(Collection<?> records) {
        List<Long> ids = new ArrayList<>(records.size());
        for (Object record : records) {
            ids.add(RecordHandle.idOf(record));
        }
        return ids;
    }
}

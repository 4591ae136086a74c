package io.typedoo.cli.shell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Record ids as the shell accepts them: any whole numbers, so that {@code List.of(9, 18)} works as ids. */
final class Ids {

    private Ids() {
    }

    /**
     * The ids as longs.
     *
     * @throws IllegalArgumentException for a number with a fraction, such as 9.5
     */
    static List<Long> of(Collection<? extends Number> ids) {
        List<Long> longs = new ArrayList<>(ids.size());
        for (Number id : ids) {
            if (id == null) {
                throw new IllegalArgumentException("An id is null in " + ids);
            }
            if ((id instanceof Double || id instanceof Float || id instanceof BigDecimal)
                    && new BigDecimal(id.toString()).stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("Ids are whole numbers, not " + id);
            }
            longs.add(id.longValue());
        }
        return longs;
    }
}

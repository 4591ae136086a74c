package io.typedoo.internal.record;

/**
 * Makes the generated record class for an id, such as {@code TodoTaskRecord::new}.
 *
 * @param <H> the generated record class
 */
@FunctionalInterface
public interface RecordFactory<H> {

    /** A record handle for {@code id} whose values load together with the other records of {@code group}. */
    H create(RecordGroup group, long id);
}

package io.typedoo.internal.transport;

/**
 * What decoding one response may build, counted while it is read so that a hostile answer fails with a typed error
 * before the heap runs out: containers may nest at most {@link #MAX_DEPTH} deep, and the decoded values may take
 * at most {@link #HEAP_BYTES_PER_LIMIT_BYTE} bytes of heap per byte of {@link TransportConfig#maxResponseBytes()}
 * (256 MiB for the default 64 MiB), on top of the body itself.
 *
 * <p>The heap taken is an estimate from the shapes read, rounded up for a 64-bit JVM: a list or map costs
 * {@link #CONTAINER} bytes plus {@link #LIST_SLOT} or {@link #MAP_ENTRY} per element, a string {@link #STRING} plus
 * two bytes a character, any other value {@link #SCALAR}. Every reader of the transports (XML-RPC, JSON-RPC and
 * JSON-2) charges the same costs, so one limit reads the same over every protocol; the testkit charges its request
 * bodies the same way. Used by one body on one thread.
 */
public final class DecodeBudget {

    /** Arrays and structs (or JSON arrays and objects) nested deeper than this are refused. */
    public static final int MAX_DEPTH = 500;
    /** The decoded values of one answer may take this many bytes of heap per byte of the response size limit. */
    public static final int HEAP_BYTES_PER_LIMIT_BYTE = 4;

    /** An {@code ArrayList} or {@code LinkedHashMap} with its backing array header. */
    public static final int CONTAINER = 64;
    /** One element of a list: its reference, with room for the array's growth. */
    public static final int LIST_SLOT = 8;
    /** One entry of a map: the linked entry and its table slot. */
    public static final int MAP_ENTRY = 48;
    /** A {@code String} and its array, without the characters. */
    public static final int STRING = 48;
    /** A boxed {@code Long}, {@code Double} or {@code Boolean}. */
    public static final int SCALAR = 16;

    private final long limit;
    private long used;
    private int depth;

    private DecodeBudget(long limit) {
        this.limit = limit;
    }

    /** The budget of one body (an answer, or a request the testkit reads) under a size limit of that many bytes. */
    public static DecodeBudget forBodyLimit(long maxBodyBytes) {
        long limit = maxBodyBytes > Long.MAX_VALUE / HEAP_BYTES_PER_LIMIT_BYTE
                ? Long.MAX_VALUE
                : maxBodyBytes * HEAP_BYTES_PER_LIMIT_BYTE;
        return new DecodeBudget(limit);
    }

    /** A list or map starts, one level deeper. */
    public void enter() {
        if (++depth > MAX_DEPTH) {
            throw new Exceeded("The answer nests arrays or structs deeper than " + MAX_DEPTH + " levels; refused");
        }
        charge(CONTAINER);
    }

    /** The innermost list or map ends. */
    public void exit() {
        depth--;
    }

    /** A string of {@code length} characters. */
    public void string(long length) {
        charge(STRING + 2 * length);
    }

    /** Characters appended to a string whose fixed cost is charged separately. */
    public void characters(long length) {
        charge(2 * length);
    }

    /** A number or boolean. */
    public void scalar() {
        charge(SCALAR);
    }

    /** An element added to a list. */
    public void listSlot() {
        charge(LIST_SLOT);
    }

    /** An entry added to a map. */
    public void mapEntry() {
        charge(MAP_ENTRY);
    }

    private void charge(long bytes) {
        used += bytes;
        if (used > limit) {
            throw new Exceeded("Decoding the answer would take more than " + limit + " bytes of heap ("
                    + HEAP_BYTES_PER_LIMIT_BYTE + " per byte of TransportConfig.maxResponseBytes); refused");
        }
    }

    /** The answer outgrew the budget or the depth limit; the reader turns it into its protocol error. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message, null, false, false);
        }
    }
}

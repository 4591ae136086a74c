package io.typedoo.domain;

/** Domain text that is not a valid Odoo domain; the message points at the offending character. */
public final class DomainSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int position;

    public DomainSyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** The 0-based index of the offending character in the parsed text. */
    public int position() {
        return position;
    }
}

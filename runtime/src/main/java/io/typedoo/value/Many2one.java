package io.typedoo.value;

/**
 * A many2one value as Odoo sends it: {@code [id, "display name"]}. Sent back to Odoo as its id.
 *
 * @param id the related record's id
 * @param displayName its display name at the time of the read ({@code ""} when the server sent only the id)
 */
public record Many2one(long id, String displayName) implements WireValue {

    @Override
    public Object toWire() {
        return id;
    }
}

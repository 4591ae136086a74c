package io.typedoo.value;

/**
 * A many2one value as Odoo sends it: {@code [id, "display name"]}.
 *
 * @param id the related record's id
 * @param displayName its display name at the time of the read
 */
public record Many2one(long id, String displayName) {
}

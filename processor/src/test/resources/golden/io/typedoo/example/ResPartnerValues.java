package io.typedoo.example;

import io.typedoo.typed.RecordValues;
import io.typedoo.typed.X2many;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Field values of the Odoo model {@code res.partner} for {@code create} and {@code write}.
 * Only the fields set here are sent; a null clears a field. Not thread-safe.
 */
@Generated(
        value = "io.typedoo.processor.OdooModelProcessor",
        comments = "from io.typedoo.example.ResPartner"
)
@NullMarked
public final class ResPartnerValues extends RecordValues<ResPartnerValues> {
    /**
     * Empty values.
     */
    public ResPartnerValues() {
    }

    /**
     * Sets {@code res.partner.name}.
     */
    public ResPartnerValues name(String name) {
        return set(ResPartnerModel.NAME, name);
    }

    /**
     * Sets {@code res.partner.email}; null clears it.
     */
    public ResPartnerValues email(@Nullable String email) {
        return set(ResPartnerModel.EMAIL, email);
    }

    /**
     * Sets {@code res.partner.is_company}.
     */
    public ResPartnerValues isCompany(boolean isCompany) {
        return set(ResPartnerModel.IS_COMPANY, isCompany);
    }

    /**
     * Sets {@code res.partner.parent_id} to {@code parent}, or clears it when null.
     */
    public ResPartnerValues parent(@Nullable ResPartner parent) {
        return set(ResPartnerModel.PARENT, parent);
    }

    /**
     * Sets {@code res.partner.parent_id} to the ResPartner with this id.
     */
    public ResPartnerValues parent(long id) {
        return setId(ResPartnerModel.PARENT, id);
    }

    /**
     * Sets {@code res.partner.child_ids} to exactly the records {@code ids}.
     */
    public ResPartnerValues childIds(List<Long> ids) {
        return setIds(ResPartnerModel.CHILD_IDS, ids);
    }

    /**
     * Changes {@code res.partner.child_ids}:
     * {@code X2many.addIds(...)}, {@code removeIds}, {@code setIds}, {@code clear}.
     */
    public ResPartnerValues childIds(X2many<?> change) {
        return change(ResPartnerModel.CHILD_IDS, change);
    }

    /**
     * Sets {@code res.partner.partner_latitude}.
     */
    public ResPartnerValues latitude(double latitude) {
        return set(ResPartnerModel.LATITUDE, latitude);
    }

    /**
     * Sets {@code res.partner.credit_limit}; null clears it.
     */
    public ResPartnerValues creditLimit(@Nullable BigDecimal creditLimit) {
        return set(ResPartnerModel.CREDIT_LIMIT, creditLimit);
    }

    /**
     * Sets {@code res.partner.color}.
     */
    public ResPartnerValues color(int color) {
        return set(ResPartnerModel.COLOR, color);
    }

    /**
     * Sets {@code res.partner.image_128}; null clears it.
     */
    public ResPartnerValues image(byte @Nullable [] image) {
        return set(ResPartnerModel.IMAGE, image);
    }

    @Override
    protected ResPartnerValues self() {
        return this;
    }
}

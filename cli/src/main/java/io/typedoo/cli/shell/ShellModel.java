package io.typedoo.cli.shell;

import io.typedoo.client.Context;
import io.typedoo.domain.Domain;
import io.typedoo.untyped.FieldInfo;
import io.typedoo.untyped.Model;
import io.typedoo.untyped.Row;
import io.typedoo.untyped.SearchOptions;
import io.typedoo.value.Many2one;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A model as the shell offers it, in ERPpeek's spirit: the untyped {@link Model}'s calls, plus what makes a
 * session short to type. Ids may be any whole numbers ({@code List.of(9, 18)}), domains may be given as Odoo's
 * text ({@code count("[('is_company','=',True)]")}), and {@link #browse} gives {@link Records} to read, follow,
 * write and call methods on.
 *
 * <pre>{@code
 * typedoo> ResPartner.count("[('is_company','=',True)]")
 * typedoo> var p = ResPartner.browse(9)
 * typedoo> p.get("parent_id.name")
 * }</pre>
 */
public final class ShellModel {

    private final Model model;
    private final FieldCache fields;

    ShellModel(Model model, FieldCache fields) {
        this.model = model;
        this.fields = fields;
    }

    /** The technical name, such as {@code res.partner}. */
    public String name() {
        return model.name();
    }

    /** The runtime's untyped model behind this one, for code to copy into a program. */
    public Model untyped() {
        return model;
    }

    /** This model with {@code more} added to the context of every call. */
    public ShellModel withContext(Context more) {
        return new ShellModel(model.withContext(more), fields);
    }

    /** The records with these ids, read when asked: {@code browse(9)}, {@code browse(9, 18)}. */
    public Records browse(long... ids) {
        List<Long> list = new ArrayList<>(ids.length);
        for (long id : ids) {
            list.add(id);
        }
        return new Records(this, list);
    }

    /** The records with these ids. */
    public Records browse(Collection<? extends Number> ids) {
        return new Records(this, Ids.of(ids));
    }

    /** The records matching a domain written as in Odoo, such as {@code "[('name','ilike','wood')]"}. */
    public Records browse(String domain) {
        return new Records(this, search(domain));
    }

    /** The number of records. */
    public long count() {
        return model.count();
    }

    /** The number of records matching {@code domain}. */
    public long count(Domain domain) {
        return model.count(domain);
    }

    /** The number of records matching a domain written as in Odoo. */
    public long count(String domain) {
        return model.count(Domain.parse(domain));
    }

    /** The ids of the records matching {@code domain}. */
    public List<Long> search(Domain domain) {
        return model.search(domain);
    }

    /** The ids of the records matching a domain written as in Odoo. */
    public List<Long> search(String domain) {
        return model.search(Domain.parse(domain));
    }

    /** The ids of the records matching {@code domain}, paged and ordered. */
    public List<Long> search(Domain domain, SearchOptions options) {
        return model.search(domain, options);
    }

    /** The ids of the records matching a domain written as in Odoo, paged and ordered. */
    public List<Long> search(String domain, SearchOptions options) {
        return model.search(Domain.parse(domain), options);
    }

    /** Reads records by id; any whole numbers will do as ids. */
    public List<Row> read(Collection<? extends Number> ids, String... fieldNames) {
        return model.read(Ids.of(ids), fieldNames);
    }

    /** The records matching {@code domain}, with the given fields. */
    public List<Row> searchRead(Domain domain, String... fieldNames) {
        return model.searchRead(domain, fieldNames);
    }

    /** The records matching a domain written as in Odoo, with the given fields. */
    public List<Row> searchRead(String domain, String... fieldNames) {
        return model.searchRead(Domain.parse(domain), fieldNames);
    }

    /** The records matching {@code domain}, paged and ordered, with the given fields. */
    public List<Row> searchRead(Domain domain, SearchOptions options, String... fieldNames) {
        return model.searchRead(domain, options, fieldNames);
    }

    /** The records matching a domain written as in Odoo, paged and ordered, with the given fields. */
    public List<Row> searchRead(String domain, SearchOptions options, String... fieldNames) {
        return model.searchRead(Domain.parse(domain), options, fieldNames);
    }

    /** Creates one record and returns its id. */
    public long create(Map<String, ?> values) {
        return model.create(values);
    }

    /** Creates several records and returns their ids. */
    public List<Long> create(List<? extends Map<String, ?>> valuesList) {
        return model.create(valuesList);
    }

    /** Writes the same values to every record of {@code ids}. */
    public void write(Collection<? extends Number> ids, Map<String, ?> values) {
        model.write(Ids.of(ids), values);
    }

    /** Deletes the records. */
    public void unlink(Collection<? extends Number> ids) {
        model.unlink(Ids.of(ids));
    }

    /** Describes the fields ({@code fields_get}). */
    public Map<String, FieldInfo> fieldsGet(String... attributes) {
        return model.fieldsGet(attributes);
    }

    /** Up to 100 records whose display name contains {@code text}. */
    public List<Many2one> nameSearch(String text) {
        return model.nameSearch(text);
    }

    /** Up to {@code limit} records matching {@code domain} whose display name contains {@code text}. */
    public List<Many2one> nameSearch(String text, Domain domain, int limit) {
        return model.nameSearch(text, domain, limit);
    }

    /** Calls any public method of the model and returns its raw result. */
    public @Nullable Object call(String method, List<?> args, Map<String, ?> kwargs) {
        return model.call(method, args, kwargs);
    }

    /** Calls any public method of the model without keyword arguments. */
    public @Nullable Object call(String method, List<?> args) {
        return model.call(method, args);
    }

    /** Calls a method for its effect; a method returning None is a success. */
    public void callVoid(String method, List<?> args, Map<String, ?> kwargs) {
        model.callVoid(method, args, kwargs);
    }

    /** What the server says of {@code field}: its type and, for a relation, the related model. */
    FieldInfo field(String field) {
        return fields.field(model, field);
    }

    /** A model of the same client, sharing the field cache. */
    ShellModel other(String name) {
        return new ShellModel(model.client().model(name), fields);
    }

    /** {@code model("res.partner")}, as it is typed. */
    @Override
    public String toString() {
        return "model(\"" + model.name() + "\")";
    }
}

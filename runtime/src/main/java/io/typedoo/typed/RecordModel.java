package io.typedoo.typed;

import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.error.OdooProtocolException;
import io.typedoo.error.OdooRemoteException;
import io.typedoo.internal.record.ConnectionState;
import io.typedoo.internal.record.DeclaredModel;
import io.typedoo.internal.record.FetchProfile;
import io.typedoo.internal.record.ReadOnlyRecords;
import io.typedoo.internal.record.RecordGroup;
import io.typedoo.internal.record.ValueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The base of generated model classes, such as {@code TodoTaskModel}: one declared Odoo model bound to an
 * {@link OdooClient}. Searches return generated records that share a {@link RecordGroup}, so reading them costs
 * one call for the whole result; against Odoo 17 and later a search also brings fields of related records, in one
 * {@code web_search_read} call (what it brings: {@link FetchPlan}). No {@code version()} call: the first search
 * tries {@code web_search_read} and, if the server refuses it, falls back to {@code search_read}, remembering the
 * answer for the client's connection; a client that has asked the version already skips the try on Odoo 16 and
 * older. Thread-safe.
 *
 * @param <T> the model interface, such as {@code TodoTask}
 * @param <H> the generated record class, such as {@code TodoTaskRecord}
 * @param <V> the generated values builder, such as {@code TodoTaskValues}
 */
public abstract class RecordModel<T, H extends T, V extends RecordValues<V>> {

    private static final System.Logger LOG = System.getLogger(RecordModel.class.getName());
    /** How many relations deep {@link #fetchAll(Collection)} and {@link #fullPlan()} go: a task's user's partner. */
    public static final int FETCH_ALL_DEPTH = 2;

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private final OdooClient client;
    private final DeclaredModel<H> info;
    private final Supplier<V> newValues;

    /** For generated subclasses. */
    protected RecordModel(OdooClient client, DeclaredModel<H> info, Supplier<V> newValues) {
        this.client = client;
        this.info = info;
        this.newValues = newValues;
    }

    /** The client this model calls through. */
    public final OdooClient client() {
        return client;
    }

    /** The Odoo model name, such as {@code todo.task}. */
    public final String modelName() {
        return info.name();
    }

    /** How many records there are: {@code search_count([])}. */
    public final long count() {
        return count(Domain.all());
    }

    /** How many records match {@code domain}: {@code search_count}. */
    public final long count(Domain domain) {
        Object answer = client.execute(info.name(), "search_count", List.of(domain.toWire()));
        if (answer instanceof Number n) {
            return n.longValue();
        }
        throw unexpected("search_count", answer);
    }

    /** Every record matching {@code domain}, in the model's default order. */
    public final List<H> search(Domain domain) {
        return search(domain, Page.all(), null);
    }

    /** The records of {@code page} among those matching {@code domain}. */
    public final List<H> search(Domain domain, Page page) {
        return search(domain, page, null);
    }

    /** Every record matching {@code domain}, in {@code order}. */
    public final List<H> search(Domain domain, Order order) {
        return search(domain, Page.all(), order);
    }

    /**
     * The records of {@code page} among those matching {@code domain} in {@code order}: one {@code web_search_read}
     * call with a nested specification against Odoo 17 and later, which brings related records along, one
     * {@code search_read} call before (after one refused {@code web_search_read} per client connection, which is
     * how the record layer learns the difference). What it brings is the {@link FetchPlan} learnt at the line of
     * code that calls it, or the {@linkplain FetchPlan#defaults defaults} the first time; the plan is logged at
     * level DEBUG.
     *
     * @param order the order, or null for the model's default order
     */
    public final List<H> search(Domain domain, Page page, @Nullable Order order) {
        if (client.strictReads()) {
            // Reads will not load, so what the code may read must come now; nothing learnt, everything declared.
            return search(domain, page, order, fullPlan(), RecordGroup.NO_PROFILES);
        }
        String site = callSite();
        FetchProfile profile = info.profiles().at(site);
        boolean learnt = profile != null && !profile.isEmpty();
        FetchPlan plan = learnt ? FetchPlan.learnt(info, profile) : FetchPlan.defaults(info);
        LOG.log(System.Logger.Level.DEBUG, () -> info.name() + " search at " + site + " brings " + plan
                + (learnt ? " (learnt from earlier searches there)" : " (the defaults: first search there)"));
        return search(domain, page, order, plan, profile == null ? RecordGroup.NO_PROFILES : new FetchProfile[] {profile});
    }

    /**
     * {@link #search(Domain, Page, Order)} bringing what {@code plan} says, and nothing learnt: for code that knows
     * what it reads, such as {@code tasks.search(domain, page, null, tasks.plan(TodoTaskModel.NAME,
     * TodoTaskModel.USER.then(ResUsersModel.NAME)))}. A field read that the plan did not bring loads on first use,
     * for every record of the search in one call. A plan that wants of many2ones only their display name is
     * brought by {@code search_read}, whose {@code [id, display_name]} pairs are the fewest bytes (see
     * {@link FetchPlan}); the plan is logged at level DEBUG.
     *
     * @param order the order, or null for the model's default order
     */
    public final List<H> search(Domain domain, Page page, @Nullable Order order, FetchPlan plan) {
        if (plan.model() != info) {
            throw new IllegalArgumentException("A fetch plan for " + plan.modelName() + " given to a search of "
                    + info.name());
        }
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            String site = callSite();
            LOG.log(System.Logger.Level.DEBUG, () -> info.name() + " search at " + site + " brings " + plan
                    + " (the plan given)");
        }
        return search(domain, page, order, plan, RecordGroup.NO_PROFILES);
    }

    /**
     * The plan that brings {@code paths} of this model: fields ({@code TodoTaskModel.NAME}), relations as ids
     * ({@code TodoTaskModel.USER}) or with fields of their records ({@code
     * TodoTaskModel.USER.then(ResUsersModel.NAME)}).
     *
     * @throws IllegalArgumentException when a path names a field the model interface does not declare
     */
    public final FetchPlan plan(FetchPath... paths) {
        return FetchPlan.of(info, List.of(paths));
    }

    /**
     * The plan that brings what {@link #fetchAll(Collection)} loads: every declared field and, {@link #FETCH_ALL_DEPTH}
     * relations deep, every declared field of the related records. What a search brings when the client
     * {@linkplain OdooClient.Builder#strictReads reads strictly}.
     */
    public final FetchPlan fullPlan() {
        return FetchPlan.full(info, FETCH_ALL_DEPTH);
    }

    /** What a search brings the first time a line of code runs it: {@link FetchPlan#defaults}. */
    public final FetchPlan defaultPlan() {
        return FetchPlan.defaults(info);
    }

    private List<H> search(Domain domain, Page page, @Nullable Order order, FetchPlan plan,
            FetchProfile[] profiles) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        if (page.offset() > 0) {
            kwargs.put("offset", page.offset());
        }
        if (!page.isUnlimited()) {
            kwargs.put("limit", page.limit());
        }
        if (order != null) {
            kwargs.put("order", order.toWire());
        }
        String method = "web_search_read";
        List<?> rows = null;
        SearchSupport support = ConnectionState.of(client, SearchSupport.class,
                () -> new SearchSupport(ConnectionState.knownVersion(client)));
        // A plan that wants only the display names of many2ones: search_read's [id, display_name] pairs are smaller.
        if (!plan.bringsPairs() && support.mayTakeSpecification()) {
            Map<String, Object> withSpecification = new LinkedHashMap<>(kwargs);
            withSpecification.put("specification", plan.specification());
            try {
                Object answer = client.execute(info.name(), method, List.of(domain.toWire()), withSpecification);
                if (!(answer instanceof Map<?, ?> result) || !(result.get("records") instanceof List<?> records)) {
                    throw unexpected(method, answer);
                }
                rows = records;
                support.tookSpecification();
            } catch (OdooRemoteException e) {
                if (!SearchSupport.refusesSpecification(e)) {
                    throw e;
                }
                support.refusedSpecification();
            }
        }
        if (rows == null) {
            method = "search_read";
            kwargs.put("fields", plan.fieldNames());
            Object answer = client.execute(info.name(), method, List.of(domain.toWire()), kwargs);
            if (!(answer instanceof List<?> records)) {
                throw unexpected(method, answer);
            }
            rows = records;
        }
        RecordGroup group = new RecordGroup(client, info, List.of(), profiles);
        List<H> result = new ArrayList<>(rows.size());
        for (Object row : rows) {
            if (!(row instanceof Map<?, ?> values) || !(values.get("id") instanceof Number id)) {
                throw unexpected(method, row);
            }
            group.prefill(id.longValue(), values);
            result.add(info.newRecord(group, id.longValue()));
        }
        if (group.isStrict()) {
            // search_read (before Odoo 17) brings no related records: load them now, as reads will not.
            group.fetchAll(FETCH_ALL_DEPTH);
        }
        return ReadOnlyRecords.of(result, () -> "The result of a search of " + info.name());
    }

    /**
     * The line of code that called the search, such as {@code com.example.Report.run(Report.java:42)}: the first
     * frame outside the record layer, its generated subclasses and the Kotlin extensions.
     */
    private static String callSite() {
        return WALKER.walk(frames -> frames
                .filter(f -> !isRecordLayer(f.getDeclaringClass()))
                .findFirst()
                .map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":"
                        + f.getLineNumber() + ")")
                .orElse("?"));
    }

    private static boolean isRecordLayer(Class<?> type) {
        return RecordModel.class.isAssignableFrom(type)
                || type.getPackageName().equals(RecordModel.class.getPackageName())
                || type.getPackageName().equals("io.typedoo.kotlin");
    }

    /** A handle on the record {@code id}, without a call; its values load on first use. */
    public final H browse(long id) {
        return info.newRecord(new RecordGroup(client, info, List.of(id)), id);
    }

    /** Handles on the records {@code ids}, without a call; the first read loads all of them in one call. */
    public final List<H> browse(Collection<Long> ids) {
        RecordGroup group = new RecordGroup(client, info, ids);
        List<H> result = new ArrayList<>(ids.size());
        for (Long id : ids) {
            result.add(info.newRecord(group, id));
        }
        return ReadOnlyRecords.of(result, () -> "The result of a browse of " + info.name());
    }

    /** A new, empty values builder. */
    public final V values() {
        return newValues.get();
    }

    /** Creates one record: {@code create(values)}. */
    public final H create(V values) {
        Object answer = client.execute(info.name(), "create", List.of(values.wireView()));
        if (answer instanceof Number id) {
            return browse(id.longValue());
        }
        if (answer instanceof List<?> list && list.size() == 1 && list.get(0) instanceof Number id) {
            return browse(id.longValue());
        }
        throw unexpected("create", answer);
    }

    /**
     * Creates one record with the values {@code fill} sets: {@code tasks.create(v -> v.name("x"))}.
     *
     * <p>The type variable instead of a plain {@code Consumer} parameter is for Kotlin: Kotlin turns lambdas into
     * Java functional interfaces only for parameters of such a type, so a Kotlin lambda goes to typedoo-kotlin's
     * {@code create { name("x") }}, whose lambda has the values builder as its receiver, and there is one way to
     * write it. Java lambdas and method references are unaffected.
     */
    public final <F extends Consumer<? super V>> H create(F fill) {
        V values = newValues.get();
        fill.accept(values);
        return create(values);
    }

    /** Creates many records in one call: {@code create([values, ...])}. */
    public final List<H> createAll(Collection<? extends V> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> wire = new ArrayList<>(all.size());
        for (V values : all) {
            wire.add(values.wireView());
        }
        Object answer = client.execute(info.name(), "create", List.of(wire));
        if (!(answer instanceof List<?> list) || list.size() != all.size()) {
            throw unexpected("create", answer);
        }
        List<Long> ids = new ArrayList<>(list.size());
        for (Object id : list) {
            ids.add(ValueType.idOrNumber(id == null ? Boolean.FALSE : id).longValue());
        }
        return browse(ids);
    }

    /** Writes {@code values} on {@code record}; its cached values of those fields are dropped. */
    public final void write(T record, V values) {
        write(List.of(record), values);
    }

    /**
     * Writes the values {@code fill} sets on {@code record}: {@code tasks.write(task, v -> v.isDone(true))}. (The
     * type variable: see {@link #create(Consumer)}.)
     */
    public final <F extends Consumer<? super V>> void write(T record, F fill) {
        write(List.of(record), fill);
    }

    /**
     * Writes the values {@code fill} sets on every one of {@code records}, in one call. (The type variable: see
     * {@link #create(Consumer)}.)
     */
    public final <F extends Consumer<? super V>> void write(Collection<? extends T> records, F fill) {
        V values = newValues.get();
        fill.accept(values);
        write(records, values);
    }

    /**
     * Writes {@code values} on every one of {@code records} in one call: {@code write(ids, values)}. The cached
     * values of the written fields are dropped, so the next read loads what the server stored.
     */
    public final void write(Collection<? extends T> records, V values) {
        if (records.isEmpty() || values.isEmpty()) {
            return;
        }
        List<RecordHandle> handles = handles(records);
        client.execute(info.name(), "write", List.of(ids(handles), values.wireView()));
        for (RecordHandle h : handles) {
            h.group().forget(h.id(), values.fieldNames());
        }
    }

    /**
     * Loads {@code records} fully, now: every declared field of each, and every declared field of the records they
     * relate to, {@link #FETCH_ALL_DEPTH} relations deep. One {@code read} per model and relation level that lacks
     * something, none for what a search already brought. After it, reading those values never calls the server,
     * until a write, a model method or {@code refresh()} drops them (load again then). The records arrived with
     * others (one search, one browse): those are loaded with them.
     *
     * @return {@code records}, for chaining: {@code tasks.fetchAll(tasks.search(domain))}
     */
    public final <C extends Collection<? extends T>> C fetchAll(C records) {
        return fetchAll(records, FETCH_ALL_DEPTH);
    }

    /** {@link #fetchAll(Collection)} with related records {@code depth} relations deep (0: the records only). */
    public final <C extends Collection<? extends T>> C fetchAll(C records, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be 0 or more, got " + depth);
        }
        for (RecordGroup group : groups(records)) {
            group.fetchAll(depth);
        }
        return records;
    }

    /** {@link #fetchAll(Collection)} of one record. */
    public final <R extends T> R fetchAll(R record) {
        fetchAll(List.of(record));
        return record;
    }

    /**
     * Makes reads of {@code records} strict: from now on a value of them (or of their related records) that is not
     * loaded throws {@link io.typedoo.error.OdooNotLoadedException} instead of calling the server. Applies to the
     * records that arrived with them too. For a client where every read is strict:
     * {@link OdooClient.Builder#strictReads}.
     *
     * @return {@code records}, for chaining: {@code tasks.strict(tasks.fetchAll(tasks.search(domain)))}
     */
    public final <C extends Collection<? extends T>> C strict(C records) {
        for (RecordGroup group : groups(records)) {
            group.makeStrict();
        }
        return records;
    }

    /** The distinct groups of {@code records}, in order. */
    private Set<RecordGroup> groups(Collection<? extends T> records) {
        Set<RecordGroup> groups = Collections.newSetFromMap(new IdentityHashMap<>());
        for (RecordHandle h : handles(records)) {
            groups.add(h.group());
        }
        return groups;
    }

    /** Deletes {@code record}. */
    public final void unlink(T record) {
        unlink(List.of(record));
    }

    /** Deletes {@code records} in one call; reading them afterwards throws {@code OdooMissingRecordException}. */
    public final void unlink(Collection<? extends T> records) {
        if (records.isEmpty()) {
            return;
        }
        List<RecordHandle> handles = handles(records);
        client.execute(info.name(), "unlink", List.of(ids(handles)));
        for (RecordHandle h : handles) {
            h.group().drop(h.id());
        }
    }

    private List<RecordHandle> handles(Collection<? extends T> records) {
        List<RecordHandle> handles = new ArrayList<>(records.size());
        for (T record : records) {
            if (!(record instanceof RecordHandle h) || !h.modelName().equals(info.name())) {
                throw new IllegalArgumentException("Expected records of " + info.name()
                        + " read through typedoo (from search, browse or create), got " + record);
            }
            handles.add(h);
        }
        return handles;
    }

    private static List<Long> ids(List<RecordHandle> handles) {
        List<Long> ids = new ArrayList<>(handles.size());
        for (RecordHandle h : handles) {
            ids.add(h.id());
        }
        return ids;
    }

    private OdooProtocolException unexpected(String method, @Nullable Object answer) {
        return new OdooProtocolException(method + " answered an unexpected value: " + answer,
                client.site(info.name(), method), null);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + info.name() + ", " + client + "]";
    }
}

package io.typedoo.testkit.engine;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns an Odoo domain (prefix notation, normalised values) into a row predicate with Odoo 18's semantics:
 * {@code & | !} and the implicit {@code &}, every term operator, dotted paths through relations as {@code any},
 * Odoo's handling of {@code False}, the {@code active} filter, and its errors for invalid fields and leaves.
 * Sub-searches (relations, hierarchies) run once at compile time, as Odoo's sub-queries do.
 */
final class DomainCompiler {

    private static final Set<String> OPERATORS = Set.of("=", "!=", ">", ">=", "<", "<=", "=?", "like", "not like",
            "ilike", "not ilike", "=like", "=ilike", "in", "not in", "child_of", "parent_of", "any", "not any");
    private static final Map<String, String> POSITIVE = Map.of("!=", "=", "not like", "like", "not ilike", "ilike",
            "not in", "in");
    private static final long INT4_MIN = Integer.MIN_VALUE;
    private static final long INT4_MAX = Integer.MAX_VALUE;

    private final Env env;
    /** Whether the implicit {@code active = True} filter applies (it shows in database error texts). */
    private final boolean activeFilter;

    private DomainCompiler(Env env, boolean activeFilter) {
        this.env = env;
        this.activeFilter = activeFilter;
    }

    /** Compiles a domain for a model, adding {@code active = True} unless the domain or context says otherwise. */
    static Predicate<Map<String, Object>> compile(Env env, ModelDef model, @Nullable Object domain) {
        List<?> items = asDomain(domain);
        boolean activeFilter = model.hasActive() && env.activeTest() && !mentionsActive(items);
        DomainCompiler compiler = new DomainCompiler(env, activeFilter);
        Predicate<Map<String, Object>> predicate = compiler.compileDomain(model, items);
        if (activeFilter) {
            return row -> env.isActive(model, row) && predicate.test(row);
        }
        return predicate;
    }

    /** The ids of a model's records matching a domain, in no particular order. */
    static Set<Long> matchingIds(Env env, ModelDef model, @Nullable Object domain) {
        Predicate<Map<String, Object>> predicate = compile(env, model, domain);
        Set<Long> ids = new HashSet<>();
        for (Map<String, Object> row : env.tx().rows(model.name())) {
            if (predicate.test(row)) {
                ids.add((Long) row.get("id"));
            }
        }
        return ids;
    }

    static List<?> asDomain(@Nullable Object domain) {
        if (Py.isFalse(domain)) {
            return List.of();
        }
        if (domain instanceof List<?> list) {
            return list;
        }
        throw OdooError.valueError("Invalid domain: " + Py.repr(domain));
    }

    private static boolean mentionsActive(List<?> items) {
        for (Object item : items) {
            if (item instanceof List<?> leaf && leaf.size() == 3 && "active".equals(leaf.get(0))) {
                return true;
            }
        }
        return false;
    }

    private Predicate<Map<String, Object>> compileDomain(ModelDef model, List<?> items) {
        Deque<Predicate<Map<String, Object>>> stack = new ArrayDeque<>();
        // Evaluate the prefix notation from the end, as Odoo's normalisation does; leftovers are and-ed.
        for (int i = items.size() - 1; i >= 0; i--) {
            Object item = items.get(i);
            if ("&".equals(item) || "|".equals(item)) {
                if (stack.size() < 2) {
                    throw syntaxError(items);
                }
                Predicate<Map<String, Object>> a = stack.pop();
                Predicate<Map<String, Object>> b = stack.pop();
                stack.push("&".equals(item) ? a.and(b) : a.or(b));
            } else if ("!".equals(item)) {
                if (stack.isEmpty()) {
                    throw syntaxError(items);
                }
                stack.push(stack.pop().negate());
            } else {
                stack.push(compileLeaf(model, item));
            }
        }
        Predicate<Map<String, Object>> all = row -> true;
        while (!stack.isEmpty()) {
            all = all.and(stack.pop());
        }
        return all;
    }

    /** Odoo 19 says {@code in condition (...)} where Odoo 18 said {@code in leaf (...)}. */
    private String leafWord() {
        return env.registry().odooVersion() >= 19 ? " in condition " : " in leaf ";
    }

    private static OdooError syntaxError(List<?> items) {
        return OdooError.valueError("Domain " + Py.repr(items) + " is syntactically not correct.");
    }

    private Predicate<Map<String, Object>> compileLeaf(ModelDef model, Object item) {
        if (!(item instanceof List<?> leaf) || leaf.size() != 3) {
            throw OdooError.valueError("Invalid leaf " + (item instanceof List<?> l ? Py.reprTuple(l) : Py.repr(item)));
        }
        Object left = leaf.get(0);
        Object rawOperator = leaf.get(1);
        Object right = leaf.get(2);
        if (left instanceof Number n && "=".equals(rawOperator) && right instanceof Number r) {
            boolean truth = n.longValue() == r.longValue();   // (1, '=', 1) and (0, '=', 1)
            return row -> truth;
        }
        if (!(left instanceof String path) || !(rawOperator instanceof String)) {
            throw OdooError.valueError("Invalid leaf " + Py.reprTuple(leaf));
        }
        String operator = ((String) rawOperator).toLowerCase(Locale.ROOT);
        operator = switch (operator) {
            case "<>" -> "!=";
            case "==" -> "=";
            default -> operator;
        };
        if (!OPERATORS.contains(operator)) {
            throw OdooError.valueError("Invalid leaf " + Py.reprTuple(leaf));
        }
        int dot = path.indexOf('.');
        String fieldName = dot < 0 ? path : path.substring(0, dot);
        FieldDef field = model.field(fieldName);
        if (field == null || field.secret()) {
            throw OdooError.valueError("Invalid field " + model.name() + "." + fieldName + leafWord()
                    + Py.reprTuple(leaf));
        }
        if (dot >= 0) {
            if (!field.type().isRelational()) {
                throw OdooError.valueError("Invalid field " + model.name() + "." + path + leafWord()
                        + Py.reprTuple(leaf));
            }
            List<Object> sub = List.of(List.of(path.substring(dot + 1), operator, right));
            return relatedAny(model, field, sub, false);
        }
        return switch (operator) {
            case "any" -> relatedAny(model, field, right, false);
            case "not any" -> relatedAny(model, field, right, true);
            case "child_of", "parent_of" -> hierarchy(model, field, operator, right);
            default -> field.type().isRelational() ? relational(model, field, operator, right)
                    : scalar(model, field, operator, right);
        };
    }

    private Predicate<Map<String, Object>> relatedAny(ModelDef model, FieldDef field, @Nullable Object subDomain,
            boolean negate) {
        if (!field.type().isRelational()) {
            throw OdooError.valueError("Cannot use 'any' on the non-relational field " + model.name() + "."
                    + field.name());
        }
        ModelDef comodel = env.comodel(field);
        // Odoo searches a many2one's targets without the active filter, and x2many targets with it.
        Env subEnv = field.type() == FieldType.MANY2ONE ? env.withContext(withActiveTest(false)) : env;
        Set<Long> ids = matchingIds(subEnv, comodel, subDomain);
        Predicate<Map<String, Object>> hit = row -> intersects(model, field, row, ids);
        return negate ? hit.negate() : hit;
    }

    private Map<String, Object> withActiveTest(boolean value) {
        Map<String, Object> context = new LinkedHashMap<>(env.context());
        context.put("active_test", value);
        return context;
    }

    private boolean intersects(ModelDef model, FieldDef field, Map<String, Object> row, Set<Long> ids) {
        if (field.type() == FieldType.MANY2ONE) {
            Object value = row.get(field.name());
            return value != null && ids.contains((Long) value);
        }
        for (Long id : env.x2manyIds(model, row, field, false)) {
            if (ids.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private boolean isEmptyRelation(ModelDef model, FieldDef field, Map<String, Object> row) {
        if (field.type() == FieldType.MANY2ONE) {
            return row.get(field.name()) == null;
        }
        return env.x2manyIds(model, row, field, false).isEmpty();
    }

    private Predicate<Map<String, Object>> hierarchy(ModelDef model, FieldDef field, String operator,
            @Nullable Object right) {
        ModelDef target;
        if (field.name().equals("id")) {
            target = model;
        } else if (field.type().isRelational()) {
            target = env.comodel(field);
        } else {
            throw OdooError.valueError("Invalid field " + model.name() + "." + field.name() + " for " + operator);
        }
        Env all = env.withContext(withActiveTest(false));
        Set<Long> start = new HashSet<>();
        if (right instanceof String name) {
            start.addAll(matchingIds(all, target, List.of(List.of("display_name", "ilike", name))));
        } else {
            start.addAll(Py.toIds(right));
        }
        String parent = target.parentName();
        Set<Long> ids = new HashSet<>(start);
        if (parent != null) {
            if (operator.equals("child_of")) {
                boolean grew = true;
                while (grew) {
                    grew = false;
                    for (Map<String, Object> row : env.tx().rows(target.name())) {
                        Object up = row.get(parent);
                        if (up != null && ids.contains((Long) up) && ids.add((Long) row.get("id"))) {
                            grew = true;
                        }
                    }
                }
            } else {
                Deque<Long> pending = new ArrayDeque<>(start);
                while (!pending.isEmpty()) {
                    Map<String, Object> row = env.tx().row(target.name(), pending.pop());
                    Object up = row == null ? null : row.get(parent);
                    if (up != null && ids.add((Long) up)) {
                        pending.push((Long) up);
                    }
                }
            }
        }
        if (field.name().equals("id")) {
            return row -> ids.contains((Long) row.get("id"));
        }
        return row -> intersects(model, field, row, ids);
    }

    private Predicate<Map<String, Object>> relational(ModelDef model, FieldDef field, String operator,
            @Nullable Object right) {
        if (operator.equals("=?")) {
            return Py.isFalse(right) ? row -> true : relational(model, field, "=", right);
        }
        boolean names = right instanceof String
                || right instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(v -> v instanceof String);
        if (names || operator.contains("like")) {
            String positive = POSITIVE.getOrDefault(operator, operator);
            ModelDef comodel = env.comodel(field);
            Env subEnv = field.type() == FieldType.MANY2ONE ? env.withContext(withActiveTest(false)) : env;
            Set<Long> ids = matchingIds(subEnv, comodel, List.of(List.of("display_name", positive,
                    right == null ? Boolean.FALSE : right)));
            Predicate<Map<String, Object>> hit = row -> intersects(model, field, row, ids);
            return positive.equals(operator) ? hit : hit.negate();
        }
        switch (operator) {
            case "=", "!=", "in", "not in" -> {
                boolean negative = operator.equals("!=") || operator.equals("not in");
                Set<Long> ids = new HashSet<>();
                boolean matchEmpty = false;
                Collection<?> values = right instanceof Collection<?> c ? c : Collections.singletonList(right);
                for (Object v : values) {
                    if (Py.isFalse(v)) {
                        matchEmpty = true;
                    } else {
                        long id = Py.toLong(v, "a record id");
                        checkInt4(model, field, operator, id);
                        ids.add(id);
                    }
                }
                boolean empty = matchEmpty;
                Predicate<Map<String, Object>> hit = row -> intersects(model, field, row, ids)
                        || empty && isEmptyRelation(model, field, row);
                return negative ? hit.negate() : hit;
            }
            default -> {
                if (field.type() != FieldType.MANY2ONE) {
                    throw OdooError.valueError("Invalid operator " + Py.repr(operator) + " for the x2many field "
                            + model.name() + "." + field.name());
                }
                return scalar(model, field, operator, right);
            }
        }
    }

    private Predicate<Map<String, Object>> scalar(ModelDef model, FieldDef field, String operator,
            @Nullable Object right) {
        String name = field.name();
        boolean integer = field.type() == FieldType.INTEGER || field.type() == FieldType.MANY2ONE;
        if (integer) {
            checkInt4Values(model, field, operator, right);
        }
        boolean bool = field.type() == FieldType.BOOLEAN;
        switch (operator) {
            case "=?" -> {
                return Py.isFalse(right) ? row -> true : scalar(model, field, "=", right);
            }
            case "=", "!=" -> {
                Predicate<Map<String, Object>> eq;
                if (bool) {
                    boolean wanted = Py.truthy(right);
                    eq = row -> Py.truthy(env.value(model, row, name)) == wanted;
                } else if (Py.isFalse(right)) {
                    eq = row -> env.value(model, row, name) == null;
                } else {
                    eq = row -> {
                        Object value = env.value(model, row, name);
                        return value != null && same(value, right);
                    };
                }
                return operator.equals("=") ? eq : eq.negate();
            }
            case "in", "not in" -> {
                Collection<?> values = right instanceof Collection<?> c ? c : Collections.singletonList(right);
                boolean withEmpty = values.stream().anyMatch(Py::isFalse);
                Predicate<Map<String, Object>> in = row -> {
                    Object value = env.value(model, row, name);
                    if (bool) {
                        boolean b = Py.truthy(value);
                        return values.stream().anyMatch(v -> !(v instanceof String) && Py.truthy(v) == b);
                    }
                    if (value == null) {
                        return withEmpty;
                    }
                    return values.stream().anyMatch(v -> v != null && !Boolean.FALSE.equals(v) && same(value, v));
                };
                return operator.equals("in") ? in : in.negate();
            }
            case ">", ">=", "<", "<=" -> {
                if (Py.isFalse(right) && !bool) {
                    return row -> false;
                }
                return row -> {
                    Object value = env.value(model, row, name);
                    if (value == null) {
                        return false;
                    }
                    int c = Ordering.compareValues(value, right);
                    return switch (operator) {
                        case ">" -> c > 0;
                        case ">=" -> c >= 0;
                        case "<" -> c < 0;
                        default -> c <= 0;
                    };
                };
            }
            default -> {
                boolean negative = operator.startsWith("not ");
                String base = negative ? operator.substring(4) : operator;
                String text = Py.isFalse(right) ? "" : String.valueOf(right);
                String pattern = base.startsWith("=") ? text : "%" + text + "%";
                Pattern regex = likePattern(pattern, base.endsWith("ilike"));
                Predicate<Map<String, Object>> like = row -> {
                    Object value = env.value(model, row, name);
                    return value != null && regex.matcher(value.toString()).matches();
                };
                return negative ? like.negate() : like;
            }
        }
    }

    private static boolean same(Object value, Object wanted) {
        if (value instanceof Number a && wanted instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        if (value instanceof Boolean a) {
            return a == Py.truthy(wanted);
        }
        return value.toString().equals(wanted instanceof Number || wanted instanceof String ? wanted.toString()
                : Py.repr(wanted));
    }

    private static final Map<String, Pattern> PATTERNS = new HashMap<>();

    private static Pattern likePattern(String like, boolean caseInsensitive) {
        String key = (caseInsensitive ? "i:" : "s:") + like;
        synchronized (PATTERNS) {
            Pattern cached = PATTERNS.get(key);
            if (cached != null) {
                return cached;
            }
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                literal.append(like.charAt(++i));
            } else if (c == '%' || c == '_') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '%' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        int flags = Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        Pattern compiled = Pattern.compile(regex.toString(), flags);
        synchronized (PATTERNS) {
            if (PATTERNS.size() > 1000) {
                PATTERNS.clear();
            }
            PATTERNS.put(key, compiled);
        }
        return compiled;
    }

    private void checkInt4Values(ModelDef model, FieldDef field, String operator, @Nullable Object right) {
        if (right instanceof Collection<?> values) {
            for (Object v : values) {
                checkInt4Values(model, field, operator, v);
            }
        } else if (right instanceof Long n) {
            checkInt4(model, field, operator, n);
        }
    }

    /**
     * PostgreSQL's int4 columns refuse larger values and Odoo lets the database error through, with the query
     * excerpt libpq appends: rebuilt here from the SQL Odoo 18 writes for the leaf.
     */
    private void checkInt4(ModelDef model, FieldDef field, String operator, long value) {
        if (value >= INT4_MIN && value <= INT4_MAX) {
            return;
        }
        String table = '"' + model.name().replace('.', '_') + '"';
        String sqlOperator = switch (operator) {
            case "in" -> "IN";
            case "not in" -> "NOT IN";
            default -> operator;
        };
        String before = "SELECT " + table + ".\"id\" FROM " + table + " WHERE "
                + (activeFilter ? "(" + table + ".\"active\" = true) AND " : "")
                + "(" + table + ".\"" + field.name() + "\" " + sqlOperator + " ";
        String query = before + "'" + value + "')";
        throw OdooError.server("psycopg2.errors.NumericValueOutOfRange", "value \"" + value
                + "\" is out of range for type integer\n" + errorPosition(query, before.length()));
    }

    /** libpq's {@code reportErrorPosition} for a one-line query: a 60-column excerpt and a caret. */
    static String errorPosition(String query, int location) {
        final int displaySize = 60;
        final int minRightCut = 10;
        int begin = 0;
        int end = query.length();
        boolean beginCut = false;
        boolean endCut = false;
        if (end - begin > displaySize) {
            if (begin + displaySize >= location + minRightCut) {
                end = begin + displaySize;
                endCut = true;
            } else {
                if (location + minRightCut < end) {
                    end = location + minRightCut;
                    endCut = true;
                }
                if (end - begin > displaySize) {
                    begin = end - displaySize;
                    beginCut = true;
                }
            }
        }
        String prefix = "LINE 1: " + (beginCut ? "..." : "");
        return prefix + query.substring(begin, end) + (endCut ? "..." : "") + "\n"
                + " ".repeat(prefix.length() + location - begin) + "^\n";
    }
}

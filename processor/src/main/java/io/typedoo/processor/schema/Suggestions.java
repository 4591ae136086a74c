package io.typedoo.processor.schema;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * "Did you mean" for model and field names. Odoo's relation suffix comes first, because it is the usual slip:
 * {@code user} is {@code user_id}, {@code tags} and {@code tag} are {@code tag_ids}. Otherwise the closest name
 * by edit distance, if it is close enough to be a typo.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The field of {@code model} that {@code name} most likely meant, or null. */
    public static @Nullable String field(String name, SchemaModel model) {
        String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        for (String candidate : new String[] {name + "_id", name + "_ids", singular + "_ids"}) {
            SchemaField field = model.fields().get(candidate);
            if (field != null && field.relation() != null) {
                return candidate;
            }
        }
        return closest(name, model.fields().keySet());
    }

    /** The name among {@code names} closest to {@code name}, or null when none is close enough to be a typo. */
    public static @Nullable String closest(String name, Collection<String> names) {
        String lower = name.toLowerCase(Locale.ROOT);
        // A third of the length, at least one and at most three edits: "todo.tsk" finds "todo.task", "name" does
        // not find "date".
        int limit = Math.max(1, Math.min(3, lower.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : names) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            boolean better = d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0;
            if (d <= limit && better) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

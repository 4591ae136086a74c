package io.typedoo.internal.record;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The {@link FetchProfile}s of one model, one per line of code that searches it, in the spirit of Ebean's AutoTune.
 * Bounded: past {@value #MAX_SITES} lines a search brings the defaults and learns nothing. Thread-safe.
 */
public final class FetchProfiles {

    static final int MAX_SITES = 512;

    private final ConcurrentMap<String, FetchProfile> sites = new ConcurrentHashMap<>();

    /** The profile of the searches at {@code site}, or null when too many lines search this model. */
    public @Nullable FetchProfile at(String site) {
        FetchProfile profile = sites.get(site);
        if (profile != null || sites.size() >= MAX_SITES) {
            return profile;
        }
        return sites.computeIfAbsent(site, s -> new FetchProfile());
    }
}

package io.typedoo.testkit.wire;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The web sessions opened by {@code /web/session/authenticate}, keyed by the {@code session_id} cookie: who is
 * logged in and with which password, so that later {@code /web/*} calls run as that user through the engine's
 * usual checks. Kept in memory only (a restarted server has no sessions, as a restarted Odoo without its session
 * store) and bounded: past {@link #MAX_SESSIONS} the least recently used session is dropped.
 */
final class WebSessions {

    /** At most this many sessions are kept. */
    static final int MAX_SESSIONS = 10_000;

    /** A logged-in session. The password stays in memory only, to call the engine as the user. */
    record Session(String id, long uid, String login, String password) {
        @Override
        public String toString() {
            return "Session[uid=" + uid + ", login=" + login + "]";
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    /** Opens a session for a user who gave the right password; returns it with a fresh id. */
    synchronized Session open(long uid, String login, String password) {
        byte[] bytes = new byte[63];
        random.nextBytes(bytes);
        // Odoo's session ids are 84 URL-safe characters.
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session session = new Session(id, uid, login, password);
        sessions.put(id, session);
        return session;
    }

    /** The session of this id, or null when there is none (never opened, destroyed or dropped). */
    synchronized @Nullable Session find(@Nullable String id) {
        return id == null ? null : sessions.get(id);
    }

    /** Ends a session. */
    synchronized void close(String id) {
        sessions.remove(id);
    }
}

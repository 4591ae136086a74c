package io.typedoo.cli.config;

import io.typedoo.client.CallEvent;
import io.typedoo.client.CallListener;
import java.util.Locale;

/**
 * Logs each round trip at DEBUG level through {@link System.Logger}: what {@code --debug} shows on stderr. The
 * arguments are not logged, since they hold the password.
 */
final class CallLog implements CallListener {

    private static final System.Logger LOG = System.getLogger(CallLog.class.getName());

    @Override
    public void onCall(CallEvent event) {
        if (!LOG.isLoggable(System.Logger.Level.DEBUG)) {
            return;
        }
        String target = event.model() == null ? event.service() + "." + event.method()
                : event.model() + "." + event.method();
        LOG.log(System.Logger.Level.DEBUG, String.format(Locale.ROOT, "%s: %.1f ms, %d bytes sent, %d received%s",
                target, event.nanos() / 1e6, event.requestBytes(), event.responseBytes(),
                event.error() == null ? "" : ", failed: " + event.error().getClass().getSimpleName()));
    }
}

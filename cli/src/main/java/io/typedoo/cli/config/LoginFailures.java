package io.typedoo.cli.config;

import io.typedoo.cli.CliException;
import io.typedoo.cli.ExitCode;
import io.typedoo.error.OdooRemoteException;
import io.typedoo.error.OdooTransportException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in the user's terms why the login failed where the server's or the JDK's own words would mislead: a
 * database that does not exist comes back from Odoo as PostgreSQL's {@code FATAL: database "x" does not exist}
 * inside a traceback, and a host name that does not resolve reaches the HTTP client as a "connection refused".
 */
final class LoginFailures {

    private static final Pattern NO_DATABASE = Pattern.compile("database \"([^\"]+)\" does not exist");

    private LoginFailures() {
    }

    /** The failure to report for {@code failure}, raised by the login to {@code database} on {@code server}. */
    static RuntimeException explain(RuntimeException failure, String server, String database) {
        if (failure instanceof OdooRemoteException remote) {
            Matcher missing = NO_DATABASE.matcher(remote.detail());
            if (missing.find()) {
                return new CliException("The server " + server + " has no database '" + missing.group(1)
                        + "': check -d or the environment's database", ExitCode.USAGE, failure);
            }
        }
        if (failure instanceof OdooTransportException && unresolved(failure)) {
            return new CliException("Cannot find the server " + host(server) + ": the host name does not resolve"
                    + " (check --server " + server + " and the network)", ExitCode.CONNECTION, failure);
        }
        return failure;
    }

    private static boolean unresolved(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static String host(String server) {
        try {
            String host = URI.create(server).getHost();
            return host == null ? server : host;
        } catch (IllegalArgumentException e) {
            return server;
        }
    }
}

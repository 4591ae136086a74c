package io.typedoo.cli;

/**
 * The exit codes of {@code typedoo}, distinct per kind of failure so that scripts can tell them apart.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>success</td></tr>
 *   <tr><td>1</td><td>an unexpected error inside typedoo (run again with {@code --debug})</td></tr>
 *   <tr><td>2</td><td>usage: an unknown option, a malformed domain or JSON argument, a bad config file</td></tr>
 *   <tr><td>3</td><td>authentication: the server refused the login, password or API key</td></tr>
 *   <tr><td>4</td><td>the server answered with an error: unknown model or method, validation error</td></tr>
 *   <tr><td>5</td><td>no answer: the server cannot be reached, timed out, or did not speak XML-RPC/JSON-RPC</td></tr>
 *   <tr><td>6</td><td>a local file could not be read or written</td></tr>
 *   <tr><td>7</td><td>access: the login worked, but the user may not do this (access rights, record rules,
 *   admin-only actions such as installing modules)</td></tr>
 * </table>
 */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** An unexpected error inside typedoo. */
    public static final int SOFTWARE = 1;
    /** Bad command line or input: options, domains, JSON arguments, the config file. */
    public static final int USAGE = 2;
    /** The server refused the credentials. */
    public static final int AUTHENTICATION = 3;
    /** The server answered with an error. */
    public static final int SERVER = 4;
    /** The server could not be reached or did not answer as an Odoo server does. */
    public static final int CONNECTION = 5;
    /** A local file could not be read or written. */
    public static final int IO = 6;
    /** The login worked but the user may not do what was asked. */
    public static final int ACCESS = 7;

    private ExitCode() {
    }
}

package io.typedoo.client;

/** The wire protocol an {@link OdooClient} speaks. */
public enum Protocol {
    /** XML-RPC on {@code /xmlrpc/2/common} and {@code /xmlrpc/2/object}, through the Apache XML-RPC client. */
    XMLRPC,
    /** JSON-RPC on {@code /jsonrpc}, through the JDK HTTP client and Jackson. */
    JSONRPC
}

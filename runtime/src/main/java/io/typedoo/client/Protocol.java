package io.typedoo.client;

/** The wire protocol an {@link OdooClient} speaks. */
public enum Protocol {
    /** XML-RPC on {@code /xmlrpc/2/common} and {@code /xmlrpc/2/object}, through the Apache XML-RPC client. */
    XMLRPC,
    /** JSON-RPC on {@code /jsonrpc}, through the JDK HTTP client and Jackson. */
    JSONRPC,
    /**
     * Odoo 19's JSON-2 on {@code /json/2/<model>/<method>}: named arguments, an API key as bearer token, real HTTP
     * status codes. The protocol Odoo keeps once XML-RPC and JSON-RPC are removed.
     */
    JSON2
}

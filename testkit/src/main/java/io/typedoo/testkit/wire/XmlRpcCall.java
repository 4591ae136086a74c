package io.typedoo.testkit.wire;

import java.util.List;

/** A parsed {@code <methodCall>}: the method name and its parameters in the normalised value form. */
record XmlRpcCall(String methodName, List<Object> params) {
}

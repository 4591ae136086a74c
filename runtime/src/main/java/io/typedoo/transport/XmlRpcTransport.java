package io.typedoo.transport;

import io.typedoo.error.CallSite;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** PLACEHOLDER: being implemented. */
public final class XmlRpcTransport implements Transport {

    public XmlRpcTransport(TransportConfig config) {
    }

    @Override
    public @Nullable Object call(CallSite site, String service, String method, List<?> args, ByteCounter bytes) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}

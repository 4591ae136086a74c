package io.typedoo.testkit.junit;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.testkit.OdooTestServer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link OdooTest}: starts the server before the class (kept in the class's extension
 * store, which closes it after the class) and resolves {@link OdooTestServer} and {@link OdooClient}
 * parameters. Clients are cached per login, password and protocol for the life of the server.
 */
public final class OdooTestExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(OdooTestExtension.class);

    /** Used by JUnit through {@link OdooTest}. */
    public OdooTestExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == OdooTestServer.class || type == OdooClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        OdooTestServer server = server(context);
        if (parameter.getParameter().getType() == OdooTestServer.class) {
            return server;
        }
        Optional<Login> login = parameter.findAnnotation(Login.class);
        String user = login.map(Login::value).orElse(OdooTestServer.ADMIN);
        String password = login.map(l -> l.password().isEmpty() ? l.value() : l.password()).orElse(user);
        Protocol protocol = parameter.findAnnotation(UseProtocol.class).map(UseProtocol::value)
                .orElseGet(() -> settings(context).protocol());
        // The password is part of the key only so that two spellings do not share a login; it is never shown.
        String key = "client:" + protocol + ":" + user + ":" + password.hashCode() + ":" + password.length();
        ExtensionContext.Store store = serverStore(context);
        return store.getOrComputeIfAbsent(key, k -> server.client(user, password, protocol), OdooClient.class);
    }

    /** The class's server, started on first use in the store of the outermost class annotated with @OdooTest. */
    private static OdooTestServer server(ExtensionContext context) {
        OdooTest settings = settings(context);
        return serverStore(context).getOrComputeIfAbsent(OdooTestServer.class, k -> start(settings),
                OdooTestServer.class);
    }

    private static OdooTestServer start(OdooTest settings) {
        OdooTestServer.Builder builder = OdooTestServer.builder().odooVersion(settings.odooVersion());
        List<Class<?>> models = List.of(settings.models());
        if (!models.isEmpty()) {
            builder.configure(registry -> InterfaceModels.declare(registry, models));
        }
        return builder.start();
    }

    /**
     * The store of the class context that owns the server: the outermost enclosing class context carrying
     * {@link OdooTest}, so that {@code @Nested} classes share it and it closes when that class is done.
     */
    private static ExtensionContext.Store serverStore(ExtensionContext context) {
        ExtensionContext owner = null;
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestMethod().isEmpty() && c.getTestClass().isPresent()
                    && AnnotationSupport.isAnnotated(c.getTestClass().get(), OdooTest.class)) {
                owner = c;
            }
        }
        if (owner == null) {
            throw new ParameterResolutionException("No @OdooTest class around " + context.getDisplayName());
        }
        return owner.getStore(NAMESPACE);
    }

    private static OdooTest settings(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<OdooTest> found = c.getTestClass()
                    .flatMap(type -> AnnotationSupport.findAnnotation(type, OdooTest.class));
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new ParameterResolutionException("No @OdooTest class around " + context.getDisplayName());
    }
}

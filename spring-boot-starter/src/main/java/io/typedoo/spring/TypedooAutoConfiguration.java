package io.typedoo.spring;

import io.typedoo.client.CallListener;
import io.typedoo.client.OdooClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * An {@link OdooClient} bean, once {@code typedoo.url} is set (or an {@link OdooConnectionDetails} bean says where
 * to connect), told of every round trip by the {@link CallListener} beans; and a bean for each generated model
 * class of the application's packages ({@link OdooModelsRegistrar}).
 */
@AutoConfiguration
@ConditionalOnClass(OdooClient.class)
@EnableConfigurationProperties(TypedooProperties.class)
@Import(OdooModelsRegistrar.class)
public class TypedooAutoConfiguration {

    /** The client, closed with the application context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @Conditional(OnOdooConnection.class)
    public OdooClient odooClient(ObjectProvider<OdooConnectionDetails> connectionDetails,
            TypedooProperties properties, ObjectProvider<CallListener> listeners) {
        OdooConnectionDetails connection = connectionDetails.getIfAvailable(
                () -> new PropertiesOdooConnectionDetails(properties));
        OdooClient.Builder builder = OdooClient.builder()
                .url(connection.url())
                .database(connection.database())
                .login(connection.login())
                .connectTimeout(properties.getConnectTimeout())
                .requestTimeout(properties.getRequestTimeout())
                .maxResponseBytes(properties.getMaxResponseSize().toBytes());
        String apiKey = connection.apiKey();
        String password = connection.password();
        if (apiKey != null) {
            builder.apiKey(apiKey);
        } else if (password != null) {
            builder.password(password);
        }
        if (properties.getProtocol() != null) {
            builder.protocol(properties.getProtocol());
        }
        listeners.orderedStream().forEach(builder::listener);
        return builder.build();
    }

    /** {@code typedoo.url} is set, or an {@link OdooConnectionDetails} bean exists. */
    static final class OnOdooConnection extends AnyNestedCondition {

        OnOdooConnection() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(prefix = "typedoo", name = "url")
        static final class UrlProperty {
        }

        @ConditionalOnBean(OdooConnectionDetails.class)
        static final class ConnectionDetailsBean {
        }
    }
}

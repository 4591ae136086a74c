package io.typedoo.spring;

import io.typedoo.client.OdooClient;
import io.typedoo.typed.RecordModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers a bean for each class the annotation processor generated for an {@code @OdooModel} interface (such as
 * {@code TodoTaskModel} for {@code TodoTask}) in {@code typedoo.models.packages}, or in the application's packages
 * when that is empty. Each bean is {@code TodoTaskModel.of(odooClient)}. A class is recognised by what it is, a
 * concrete {@code RecordModel} with a static {@code of(OdooClient)}, not by its name. A model the application
 * declares as a bean itself is left to it.
 */
final class OdooModelsRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanFactoryAware {

    // Both set by Spring before registerBeanDefinitions.
    private Environment environment;
    private BeanFactory beanFactory;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        Binder binder = Binder.get(environment);
        if (!binder.bind("typedoo.models.enabled", Boolean.class).orElse(true)) {
            return;
        }
        List<String> packages = binder.bind("typedoo.models.packages", String[].class).map(List::of)
                .orElse(List.of());
        if (packages.isEmpty()) {
            if (!AutoConfigurationPackages.has(beanFactory)) {
                return;
            }
            packages = AutoConfigurationPackages.get(beanFactory);
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
                environment);
        scanner.addIncludeFilter(new AssignableTypeFilter(RecordModel.class));
        ClassLoader loader = ClassUtils.getDefaultClassLoader();
        for (String basePackage : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
                Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), loader);
                Method of = factory(type);
                if (of == null || declaredByTheApplication(type)) {
                    continue;
                }
                RootBeanDefinition definition = new RootBeanDefinition(type);
                definition.setInstanceSupplier(() -> create(of, beanFactory.getBean(OdooClient.class)));
                definition.setLazyInit(true);
                registry.registerBeanDefinition(ClassUtils.getShortNameAsProperty(type), definition);
            }
        }
    }

    private static @Nullable Method factory(Class<?> type) {
        try {
            Method of = type.getMethod("of", OdooClient.class);
            return Modifier.isStatic(of.getModifiers()) && type.isAssignableFrom(of.getReturnType()) ? of : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private boolean declaredByTheApplication(Class<?> type) {
        return beanFactory instanceof ListableBeanFactory listable
                && listable.getBeanNamesForType(type, true, false).length > 0;
    }

    private static Object create(Method of, OdooClient client) {
        try {
            return of.invoke(null, client);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot create " + of.getDeclaringClass().getName() + " with of(client)",
                    e);
        }
    }
}

package dev.foodmesh.web;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Keeps a service's output JSON lines only ({@code dev/foodmesh/web/logback-json.xml}): turns Boot's start-up banner
 * off, which would otherwise be the only plain-text lines the application writes to stdout. A default property, so a
 * service or its environment can still set {@code spring.main.banner-mode}.
 */
public class JsonLogsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DefaultPropertiesPropertySource.addOrMerge(Map.of("spring.main.banner-mode", "off"),
                environment.getPropertySources());
    }

}

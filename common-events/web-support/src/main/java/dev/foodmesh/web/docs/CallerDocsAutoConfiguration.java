package dev.foodmesh.web.docs;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;

import dev.foodmesh.web.security.Caller;

/**
 * A controller's {@link Caller} comes from the bearer token, not from the request's parameters: springdoc leaves it
 * out of the service's API documents (registered before the documents are built, at start-up).
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
public class CallerDocsAutoConfiguration {

    CallerDocsAutoConfiguration() {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

}

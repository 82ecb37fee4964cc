package be.eenloket.shared.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Thymeleaf's caches sized for this application. By default Thymeleaf keeps 200 parsed templates (a fragment called
 * with a selector counts as one more) and 500 parsed expressions; this portal has 106 templates with 39 fragments and
 * about 3,000 distinct expressions (each also cached as its parsed SpEL). Under mixed traffic the defaults keep
 * evicting: an evicted expression is parsed again and, with the SpEL compiler on, interpreted a hundred times and
 * compiled to a new class again. Both caches hold small immutable values, so room for all of them costs a few
 * megabytes.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

	static final int TEMPLATES = 2_000;

	static final int EXPRESSIONS = 20_000;

	@Bean
	static BeanPostProcessor templateEngineCaches() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					var caches = new StandardCacheManager();
					caches.setTemplateCacheMaxSize(TEMPLATES);
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					engine.setCacheManager(caches);
				}
				return bean;
			}

		};
	}

}

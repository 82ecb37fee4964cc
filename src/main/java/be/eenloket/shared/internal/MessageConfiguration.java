package be.eenloket.shared.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The message bundles of all modules ({@code spring.messages.*}), with one addition: a date or date-time passed as
 * a message argument reads the reader's way ("1 januari 2027", "1 January 2027") instead of as ISO text, so a
 * module can hand a {@link LocalDate} to a message without formatting it first.
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

	@Bean
	MessageSource messageSource(Environment environment) {
		var properties = Binder.get(environment)
			.bind("spring.messages", MessageSourceProperties.class)
			.orElseGet(MessageSourceProperties::new);
		var source = new LocalisedArgumentsMessageSource();
		source.setBasenames(properties.getBasename().stream()
			.map(StringUtils::trimAllWhitespace)
			.toArray(String[]::new));
		if (properties.getEncoding() != null) {
			source.setDefaultEncoding(properties.getEncoding().name());
		}
		source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return source;
	}

	static final class LocalisedArgumentsMessageSource extends ResourceBundleMessageSource {

		@Override
		protected Object[] resolveArguments(Object[] args, Locale locale) {
			var resolved = super.resolveArguments(args, locale);
			for (int i = 0; i < resolved.length; i++) {
				resolved[i] = localised(resolved[i], locale);
			}
			return resolved;
		}

		static Object localised(Object argument, Locale locale) {
			if (argument instanceof LocalDate date) {
				return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
			}
			if (argument instanceof LocalDateTime dateTime) {
				return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).format(dateTime);
			}
			return argument;
		}

	}

}

package be.eenloket.shared.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** Dutch by default; {@code ?lang=en} or {@code ?lang=nl} switches language and is remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	static final Set<String> LANGUAGES = Set.of("nl", "en");

	private final boolean secureCookies;

	WebConfiguration(@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
		this.secureCookies = secureCookies;
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("eenloket-lang");
		resolver.setDefaultLocaleFunction(request -> DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setCookieSecure(secureCookies);
		return resolver;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, PlausibleDateFormatting.FORMATTER);
		registry.addFormatterForFieldAnnotation(new PlausibleDateFormatting.Annotated());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				var lang = request.getParameter("lang");
				if (lang != null && LANGUAGES.contains(lang)) {
					localeResolver().setLocale(request, response, Locale.forLanguageTag(lang));
				}
				return true;
			}
		});
	}

}

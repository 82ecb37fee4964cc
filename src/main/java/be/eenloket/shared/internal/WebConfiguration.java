package be.eenloket.shared.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("eenloket-lang");
		resolver.setDefaultLocaleFunction(request -> DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
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

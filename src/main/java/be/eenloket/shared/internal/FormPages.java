package be.eenloket.shared.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every form page does the GOV.UK way, in one place: Bean Validation's errors are listed in the order of the
 * form's fields (Hibernate Validator reports them in hash order, so the error summary changed between submits),
 * and a page that shows a form with errors gets {@code formHasErrors} so the layout prefixes its title with
 * "Fout: " and the error summary takes the focus.
 */
@Configuration(proxyBeanMethods = false)
class FormPages implements WebMvcConfigurer {

	private final SmartValidator validator;

	FormPages(@Qualifier("defaultValidator") SmartValidator validator) {
		this.validator = validator;
	}

	@Override
	public Validator getValidator() {
		return new FormOrderValidator(validator);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView modelAndView) {
				if (modelAndView != null && !modelAndView.getModel().containsKey("formHasErrors")) {
					var hasErrors = modelAndView.getModel()
						.values()
						.stream()
						.anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
					if (hasErrors) {
						modelAndView.addObject("formHasErrors", true);
					}
				}
			}
		});
	}

	/** Validates into a scratch result, then adds the errors to the real one sorted by field declaration order. */
	static final class FormOrderValidator implements SmartValidator {

		private final SmartValidator delegate;

		FormOrderValidator(SmartValidator delegate) {
			this.delegate = delegate;
		}

		@Override
		public boolean supports(Class<?> type) {
			return delegate.supports(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			validate(target, errors, new Object[0]);
		}

		@Override
		public void validate(Object target, Errors errors, Object... validationHints) {
			var scratch = new BeanPropertyBindingResult(target, errors.getObjectName());
			delegate.validate(target, scratch, validationHints);
			errors.addAllErrors(sorted(target.getClass(), scratch));
		}

		/** Field positions per form class, found once by reflection rather than on every submission. */
		private static final ClassValue<Map<String, Integer>> FIELD_ORDER = new ClassValue<>() {
			@Override
			protected Map<String, Integer> computeValue(Class<?> type) {
				return Map.copyOf(fieldOrder(type));
			}
		};

		static BindingResult sorted(Class<?> type, BindingResult unsorted) {
			if (unsorted.getFieldErrorCount() < 2) {
				return unsorted;
			}
			var order = FIELD_ORDER.get(type);
			var fieldErrors = new ArrayList<>(unsorted.getFieldErrors());
			fieldErrors.sort(Comparator.comparingInt((FieldError error) -> position(order, error.getField()))
				.thenComparing(FieldError::getField)
				.thenComparing(error -> String.valueOf(error.getCode())));
			var result = new BeanPropertyBindingResult(unsorted.getTarget(), unsorted.getObjectName());
			unsorted.getGlobalErrors().forEach(result::addError);
			fieldErrors.forEach(result::addError);
			return result;
		}

		private static int position(Map<String, Integer> order, String path) {
			var end = path.length();
			for (var i = 0; i < path.length(); i++) {
				var c = path.charAt(i);
				if (c == '.' || c == '[') {
					end = i;
					break;
				}
			}
			return order.getOrDefault(path.substring(0, end), Integer.MAX_VALUE);
		}

		private static Map<String, Integer> fieldOrder(Class<?> type) {
			var order = new HashMap<String, Integer>();
			var hierarchy = new ArrayList<Class<?>>();
			for (var c = type; c != null && c != Object.class; c = c.getSuperclass()) {
				hierarchy.addFirst(c);
			}
			List<Field> fields = new ArrayList<>();
			hierarchy.forEach(c -> fields.addAll(List.of(c.getDeclaredFields())));
			for (var field : fields) {
				if (!ReflectionUtils.isPublicStaticFinal(field) && !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
					order.putIfAbsent(field.getName(), order.size());
				}
			}
			return order;
		}

	}

}

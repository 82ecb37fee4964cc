package be.eenloket.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every URL pattern the application maps, read from all Spring MVC handler mappings (controllers, actuator
 * endpoints, static resources). The security filter uses it to tell a mapped URL without an access rule (refused)
 * from a URL nothing handles (left to become a 404), and the access-rule test uses it to find forgotten rules.
 */
@Component
public class MappedEndpoints {

	/** One mapped pattern with the HTTP methods it accepts (empty: any method). */
	public record Endpoint(String pattern, Set<HttpMethod> methods) {
	}

	private final ApplicationContext context;

	private volatile List<PathPattern> patterns;

	MappedEndpoints(ApplicationContext context) {
		this.context = context;
	}

	/** All mapped endpoints, in a stable order. */
	public List<Endpoint> endpoints() {
		var result = new LinkedHashSet<Endpoint>();
		var mappings = BeanFactoryUtils.beansOfTypeIncludingAncestors(context, HandlerMapping.class, true, false);
		for (HandlerMapping mapping : mappings.values()) {
			if (mapping instanceof RequestMappingInfoHandlerMapping infoMapping) {
				for (RequestMappingInfo info : infoMapping.getHandlerMethods().keySet()) {
					Set<HttpMethod> methods = new LinkedHashSet<>();
					for (RequestMethod method : info.getMethodsCondition().getMethods()) {
						methods.add(method.asHttpMethod());
					}
					for (String pattern : info.getPatternValues()) {
						result.add(new Endpoint(pattern, Set.copyOf(methods)));
					}
				}
			}
			else if (mapping instanceof AbstractUrlHandlerMapping urlMapping) {
				for (String pattern : urlMapping.getHandlerMap().keySet()) {
					result.add(new Endpoint(pattern, Set.of()));
				}
			}
		}
		return new ArrayList<>(result);
	}

	/** Whether some handler mapping has a pattern for this path (ignoring the method). */
	public boolean isMapped(String path) {
		var compiled = patterns;
		if (compiled == null) {
			var parser = PathPatternParser.defaultInstance;
			compiled = endpoints().stream().map(Endpoint::pattern).distinct().map(parser::parse).toList();
			patterns = compiled;
		}
		var container = PathContainer.parsePath(path);
		return compiled.stream().anyMatch(pattern -> pattern.matches(container));
	}

}

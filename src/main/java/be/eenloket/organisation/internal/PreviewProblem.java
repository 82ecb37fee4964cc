package be.eenloket.organisation.internal;

import java.util.List;

/** Something a draft's preview reports (a problem of the draft or a conflict with what changed since): a message key with arguments, rendered by the page. */
public record PreviewProblem(String messageKey, List<Object> arguments) {

	static PreviewProblem of(String key, Object... arguments) {
		return new PreviewProblem(key, List.of(arguments));
	}

}

package be.eenloket.purchasing.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A stored explanation (why this procedure, why flagged for splitting) kept as a message key with its arguments,
 * so it shows in the reader's language: {@code key;arg;arg}.
 */
public record Reason(String key, List<String> arguments) {

	static String encode(String key, Object... arguments) {
		var builder = new StringBuilder(key);
		for (var argument : arguments) {
			builder.append(';').append(argument);
		}
		return builder.toString();
	}

	public static Reason decode(String stored) {
		if (stored == null) {
			return null;
		}
		var parts = stored.split(";");
		return new Reason(parts[0], List.copyOf(Arrays.asList(parts).subList(1, parts.length)));
	}

	/** An argument that is a date (stored as ISO text), to be formatted in the reader's language. */
	public java.time.LocalDate date(int index) {
		return java.time.LocalDate.parse(arguments.get(index));
	}

	public Object[] args() {
		return arguments.toArray();
	}

}

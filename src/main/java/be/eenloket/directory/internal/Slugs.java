package be.eenloket.directory.internal;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs of buildings, service points and tasks: "Dienst Burgerzaken" becomes "dienst-burgerzaken". */
public final class Slugs {

	private Slugs() {
	}

	public static String of(String name) {
		var normalized = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return normalized.length() > 70 ? normalized.substring(0, 70).replaceAll("-$", "") : normalized;
	}

}

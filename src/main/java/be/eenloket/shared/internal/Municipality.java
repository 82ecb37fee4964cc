package be.eenloket.shared.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The municipality shown in the page header; templates read it as {@code @municipality}. */
@Component("municipality")
public class Municipality {

	private final String name;

	private final String logoText;

	Municipality(@Value("${eenloket.municipality.name}") String name,
			@Value("${eenloket.municipality.logo-text}") String logoText) {
		this.name = name;
		this.logoText = logoText;
	}

	public String getName() {
		return name;
	}

	public String getLogoText() {
		return logoText;
	}

}

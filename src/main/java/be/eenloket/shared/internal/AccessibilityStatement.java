package be.eenloket.shared.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * What the accessibility statement (Flemish model statement for local governments, bestuursdecreet 7 December
 * 2018) needs from the installation: where people report a problem, and when the portal was last checked. The
 * check date comes from configuration, otherwise from the build that every automated accessibility check ran on.
 * Templates read it as {@code @accessibilityStatement}.
 */
@Component("accessibilityStatement")
public class AccessibilityStatement {

	private final String email;

	private final String phone;

	private final LocalDate checkedOn;

	AccessibilityStatement(@Value("${eenloket.accessibility.contact-email:}") String email,
			@Value("${eenloket.accessibility.contact-phone:}") String phone,
			@Value("${eenloket.accessibility.checked-on:}") String checkedOn,
			@Value("${eenloket.time-zone}") String timeZone, ObjectProvider<BuildProperties> build) {
		this.email = email.isBlank() ? null : email.strip();
		this.phone = phone.isBlank() ? null : phone.strip();
		var built = build.getIfAvailable();
		this.checkedOn = !checkedOn.isBlank() ? LocalDate.parse(checkedOn.strip())
				: built != null && built.getTime() != null ? LocalDate.ofInstant(built.getTime(), ZoneId.of(timeZone))
						: null;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public LocalDate getCheckedOn() {
		return checkedOn;
	}

}

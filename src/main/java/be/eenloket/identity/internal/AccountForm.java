package be.eenloket.identity.internal;

import java.util.EnumSet;
import java.util.Set;

import be.eenloket.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the administrator fills in to create or change an account. */
public class AccountForm {

	/** Validation group of the fields that only a new account has: the username never changes afterwards. */
	public interface Creating {
	}

	@NotBlank(message = "{account.username.required}", groups = Creating.class)
	@Pattern(regexp = "^$|^[a-z0-9][a-z0-9._-]{1,59}$", message = "{account.username.format}", groups = Creating.class)
	private String username;

	@NotBlank(message = "{account.displayName.required}")
	@Size(max = 120, message = "{account.displayName.size}")
	private String displayName;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	/** Required when creating; when editing, a new password only if filled in. */
	@Size(max = 200, message = "{account.password.size}")
	@Pattern(regexp = "^$|^[\\s\\S]{12,}$", message = "{account.password.tooShort}")
	private String password;

	private Long version;

	public static AccountForm of(Account account) {
		var form = new AccountForm();
		form.username = account.getUsername();
		form.displayName = account.getDisplayName();
		form.roles = account.getRoles();
		form.enabled = account.isEnabled();
		form.version = account.getVersion();
		return form;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.toLowerCase(java.util.Locale.ROOT);
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

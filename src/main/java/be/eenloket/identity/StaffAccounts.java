package be.eenloket.identity;

/** What other modules may know of staff accounts: whether a username belongs to one. */
public interface StaffAccounts {

	/** Whether an account (enabled or not) has this username. */
	boolean exists(String username);

	/** The name to show for a username (the username itself when there is no such account). */
	String displayName(String username);

	/** The usernames of the enabled accounts that hold {@code role}, alphabetically (e.g. the social workers a head assigns). */
	java.util.List<String> enabledWithRole(Role role);

}

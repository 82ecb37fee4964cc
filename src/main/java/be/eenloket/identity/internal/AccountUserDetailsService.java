package be.eenloket.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads staff accounts for login; a locked or disabled account cannot log in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		var account = accounts.findByUsername(username.trim().toLowerCase(java.util.Locale.ROOT))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.disabled(!account.isEnabled())
			.accountLocked(account.isLockedAt(clock.instant()))
			.authorities(account.getRoles().stream().map(role -> role.authority()).toArray(String[]::new))
			.build();
	}

}

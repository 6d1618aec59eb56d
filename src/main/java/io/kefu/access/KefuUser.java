package io.kefu.access;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in account; the staff module builds it from the
 * agent's row. {@code mustChangePassword}: the account signs in with a password someone
 * else set (an administrator's reset, a generated first password) and may do nothing but
 * change it.
 */
public record KefuUser(Caller caller, String passwordHash, boolean enabled,
		boolean mustChangePassword) implements UserDetails {

	public KefuUser(Caller caller, String passwordHash, boolean enabled) {
		this(caller, passwordHash, enabled, false);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = caller.roles()
			.stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return caller.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * Whether a session signed in as this account must end now that the account reads
	 * {@code now}: it was removed or disabled, its roles changed, or its password did.
	 */
	public boolean endedBy(KefuUser now) {
		return !now.enabled || !now.caller.roles().equals(caller.roles()) || !now.passwordHash.equals(passwordHash)
				|| !now.getUsername().equals(getUsername());
	}

}

package io.kefu.staff.internal;

import java.util.HashSet;
import java.util.Set;

import io.kefu.access.Caller;
import io.kefu.access.KefuUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs accounts in: an agent with a username, their password hash, roles and the shops
 * they work in.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	AccountDetailsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("""
				select a.id, a.username, a.display_name, a.password_hash, a.roles, a.enabled, a.shop_id,
				array(select g.shop_id from shop_grant g where g.agent_id = a.id) as granted
				from agent a where a.username = ?
				""").param(username).query((rs, row) -> {
			Set<Long> shops = new HashSet<>();
			long own = rs.getLong("shop_id");
			if (!rs.wasNull()) {
				shops.add(own);
			}
			for (Long granted : (Long[]) rs.getArray("granted").getArray()) {
				shops.add(granted);
			}
			Caller caller = new Caller(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), shops,
					JdbcStaff.roles(rs.getArray("roles")));
			return (UserDetails) new KefuUser(caller, rs.getString("password_hash"), rs.getBoolean("enabled"));
		}).optional().orElseThrow(() -> new UsernameNotFoundException("No account " + username));
	}

}

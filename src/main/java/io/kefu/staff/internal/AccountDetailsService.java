package io.kefu.staff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import io.kefu.access.Accounts;
import io.kefu.access.Caller;
import io.kefu.access.KefuUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs accounts in: an agent with a username (whatever case it is typed in), their
 * password hash, roles and the shops they work in; and reads them again by id for every
 * request of a signed-in session.
 */
@Service
class AccountDetailsService implements UserDetailsService, Accounts {

	private static final String SELECT = """
			select a.id, a.username, a.display_name, a.password_hash, a.roles, a.enabled, a.shop_id,
			a.must_change_password, array(select g.shop_id from shop_grant g where g.agent_id = a.id) as granted
			from agent a
			""";

	private final JdbcClient jdbc;

	AccountDetailsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql(SELECT + "where lower(a.username) = lower(?)")
			.param(username.strip())
			.query(AccountDetailsService::map)
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
	}

	@Override
	public Optional<KefuUser> find(long agentId) {
		return jdbc.sql(SELECT + "where a.id = ? and a.username is not null")
			.param(agentId)
			.query(AccountDetailsService::map)
			.optional();
	}

	private static KefuUser map(ResultSet rs, int row) throws SQLException {
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
		return new KefuUser(caller, rs.getString("password_hash"), rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"));
	}

}

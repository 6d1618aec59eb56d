package io.kefu.staff.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.kefu.access.Role;
import io.kefu.shop.ShopId;
import io.kefu.staff.AccountAccessChanged;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.AgentId;
import io.kefu.staff.Certification;
import io.kefu.staff.DuplicateAgentException;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcStaff implements Staff {

	static final String SELECT = """
			select id, shop_id, display_name, nickname, username, roles, skill_group, certification, certified_on,
			enabled from agent
			""";

	/** The unique index on {@code lower(username)} (V19). */
	private static final String USERNAME_INDEX = "agent_username_lower_key";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	JdbcStaff(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.events = events;
	}

	@Override
	public List<Agent> inShop(ShopId shopId) {
		return jdbc.sql(SELECT + "where shop_id = ? order by id").param(shopId.value()).query(JdbcStaff::map).list();
	}

	@Override
	public Optional<Agent> find(AgentId id) {
		return jdbc.sql(SELECT + "where id = ?").param(id.value()).query(JdbcStaff::map).optional();
	}

	@Override
	public Optional<Agent> findByUsername(String username) {
		return jdbc.sql(SELECT + "where lower(username) = lower(?)")
			.param(username.strip())
			.query(JdbcStaff::map)
			.optional();
	}

	@Override
	public Optional<Agent> findByNickname(ShopId shopId, String nickname) {
		return jdbc.sql(SELECT + "where shop_id = ? and nickname = ?")
			.params(shopId.value(), nickname)
			.query(JdbcStaff::map)
			.optional();
	}

	@Override
	@Transactional
	public Agent hire(ShopId shopId, AgentDraft draft, Optional<Credentials> credentials) {
		try {
			long id = jdbc.sql("""
					insert into agent (shop_id, display_name, nickname, username, password_hash, roles, skill_group,
					certification, certified_on, enabled) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
					""")
				.params(shopId.value(), draft.displayName(), draft.nickname(),
						credentials.map(Credentials::username).orElse(null),
						credentials.map(c -> passwords.encode(c.password())).orElse(null), roles(draft.roles()),
						name(draft.skillGroup()), draft.certification().name(), draft.certifiedOn(), draft.enabled())
				.query(Long.class)
				.single();
			return find(AgentId.of(id)).orElseThrow();
		}
		catch (DuplicateKeyException ex) {
			// the failed insert ended the transaction: the index it broke tells which
			String username = credentials.map(Credentials::username).orElse("");
			throw String.valueOf(ex.getMostSpecificCause().getMessage()).contains(USERNAME_INDEX)
					? DuplicateAgentException.username(draft.nickname(), username)
					: new DuplicateAgentException(draft.nickname(), username);
		}
	}

	@Override
	@Transactional
	public Agent revise(AgentId id, AgentDraft draft) {
		Agent before = find(id).orElseThrow(() -> new IllegalArgumentException("There is no agent " + id));
		try {
			int updated = jdbc.sql("""
					update agent set display_name = ?, nickname = ?, roles = ?, skill_group = ?, certification = ?,
					certified_on = ?, enabled = ? where id = ?
					""")
				.params(draft.displayName(), draft.nickname(), roles(draft.roles()), name(draft.skillGroup()),
						draft.certification().name(), draft.certifiedOn(), draft.enabled(), id.value())
				.update();
			if (updated == 0) {
				throw new IllegalArgumentException("There is no agent " + id);
			}
			Agent after = find(id).orElseThrow();
			if (after.username() != null
					&& (before.enabled() != after.enabled() || !before.roles().equals(after.roles()))) {
				events.publishEvent(new AccountAccessChanged(id, after.username()));
			}
			return after;
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateAgentException(draft.nickname(), "");
		}
	}

	@Override
	@Transactional
	public Map<String, AgentId> recogniseNicknames(ShopId shopId, Set<String> nicknames) {
		if (nicknames.isEmpty()) {
			return Map.of();
		}
		String[] names = nicknames.toArray(String[]::new);
		jdbc.sql("""
				insert into agent (shop_id, display_name, nickname)
				select ?, n, n from unnest(?) as n on conflict (shop_id, nickname) do nothing
				""").params(shopId.value(), names).update();
		Map<String, AgentId> ids = new HashMap<>();
		jdbc.sql("select n, (select id from agent where shop_id = ? and nickname = n) from unnest(?::text[]) as n")
			.params(shopId.value(), names)
			.query(rs -> {
				ids.put(rs.getString(1), AgentId.of(rs.getLong(2)));
			});
		return ids;
	}

	@Override
	@Transactional
	public void grantShop(AgentId id, ShopId shopId) {
		jdbc.sql("insert into shop_grant (agent_id, shop_id) values (?, ?) on conflict do nothing")
			.params(id.value(), shopId.value())
			.update();
	}

	static Agent map(ResultSet rs, int row) throws SQLException {
		long shopId = rs.getLong("shop_id");
		ShopId shop = rs.wasNull() ? null : ShopId.of(shopId);
		String group = rs.getString("skill_group");
		return new Agent(AgentId.of(rs.getLong("id")), shop, rs.getString("display_name"), rs.getString("nickname"),
				rs.getString("username"), roles(rs.getArray("roles")), group == null ? null : SkillGroup.valueOf(group),
				Certification.valueOf(rs.getString("certification")), rs.getObject("certified_on", LocalDate.class),
				rs.getBoolean("enabled"));
	}

	static Set<Role> roles(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toSet());
	}

	private static String[] roles(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toArray(String[]::new);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}

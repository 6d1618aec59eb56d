package io.kefu.staff.internal;

import java.util.List;

import io.kefu.access.SignInThrottle;
import io.kefu.shop.ShopId;
import io.kefu.staff.AccountAccessChanged;
import io.kefu.staff.AgentId;
import io.kefu.staff.PasswordPolicy;
import io.kefu.staff.PasswordRejectedException;
import io.kefu.staff.Passwords;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class StoredPasswords implements Passwords {

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	StoredPasswords(JdbcClient jdbc, PasswordEncoder encoder, SignInThrottle throttle,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	public void change(AgentId id, String currentPassword, String newPassword, String address) {
		Account account = account(id);
		throttle.checkAllowed(account.username(), address);
		if (!encoder.matches(currentPassword, account.passwordHash())) {
			throttle.failed(account.username(), address);
			throw new PasswordRejectedException(PasswordPolicy.Reason.WRONG_CURRENT);
		}
		throttle.succeeded(account.username());
		PasswordPolicy.check(account.username(), newPassword).ifPresent(reason -> {
			throw new PasswordRejectedException(reason);
		});
		if (encoder.matches(newPassword, account.passwordHash())) {
			throw new PasswordRejectedException(PasswordPolicy.Reason.UNCHANGED);
		}
		store(account, newPassword, false);
	}

	@Override
	public String reset(AgentId id) {
		String password = GeneratedPasswords.next();
		store(account(id), password, true);
		return password;
	}

	@Override
	public int retirePublicPassword(ShopId shopId, String publicPassword) {
		List<Account> accounts = jdbc.sql("""
				select id, username, password_hash from agent where shop_id = ? and username is not null order by id
				""").param(shopId.value()).query(Account.class).list();
		int retired = 0;
		for (Account account : accounts) {
			if (encoder.matches(publicPassword, account.passwordHash())) {
				store(account, GeneratedPasswords.next(), true);
				retired++;
			}
		}
		return retired;
	}

	private void store(Account account, String password, boolean mustChange) {
		jdbc.sql("update agent set password_hash = ?, must_change_password = ? where id = ?")
			.params(encoder.encode(password), mustChange, account.id())
			.update();
		events.publishEvent(new AccountAccessChanged(AgentId.of(account.id()), account.username()));
	}

	private Account account(AgentId id) {
		return jdbc.sql("select id, username, password_hash from agent where id = ? and username is not null")
			.param(id.value())
			.query(Account.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("Agent " + id + " has no sign-in account"));
	}

	record Account(long id, String username, String passwordHash) {
	}

}

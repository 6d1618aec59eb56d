package io.kefu.staff.internal;

import java.security.SecureRandom;
import java.util.Base64;

import io.kefu.access.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an empty database, creates the {@code admin} account: its password is
 * {@code KEFU_ADMIN_PASSWORD} when set, otherwise a random one printed once on the
 * console.
 */
@Component
@Order(0)
class AdminAccount implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final String configuredPassword;

	AdminAccount(JdbcClient jdbc, PasswordEncoder passwords,
			@Value("${kefu.admin.password:}") String configuredPassword) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		boolean empty = jdbc.sql("select count(*) from agent where username is not null")
			.query(Long.class)
			.single() == 0;
		if (!empty) {
			return;
		}
		String password = configuredPassword.isBlank() ? randomPassword() : configuredPassword;
		jdbc.sql("""
				insert into agent (display_name, username, password_hash, roles) values ('管理员', 'admin', ?, ?)
				""").params(passwords.encode(password), new String[] { Role.ADMIN.name() }).update();
		if (configuredPassword.isBlank()) {
			log.warn(
					"Created the account 'admin' with the password {} (shown once; change it or set KEFU_ADMIN_PASSWORD)",
					password);
		}
		else {
			log.info("Created the account 'admin' with the password from KEFU_ADMIN_PASSWORD");
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}

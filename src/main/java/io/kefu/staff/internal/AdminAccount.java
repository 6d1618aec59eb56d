package io.kefu.staff.internal;

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
 * {@code KEFU_ADMIN_PASSWORD} when set, otherwise a generated one printed once on the
 * console, which must be changed at the first sign-in (a log may be kept longer than a
 * password should be known).
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
		boolean generated = configuredPassword.isBlank();
		String password = generated ? GeneratedPasswords.next() : configuredPassword;
		jdbc.sql("""
				insert into agent (display_name, username, password_hash, roles, must_change_password)
				values ('管理员', 'admin', ?, ?, ?)
				""").params(passwords.encode(password), new String[] { Role.ADMIN.name() }, generated).update();
		if (generated) {
			log.warn("Created the account 'admin' with the password {} (shown once; it must be changed at the first "
					+ "sign-in; KEFU_ADMIN_PASSWORD sets one instead)", password);
		}
		else {
			log.info("Created the account 'admin' with the password from KEFU_ADMIN_PASSWORD");
		}
	}

}

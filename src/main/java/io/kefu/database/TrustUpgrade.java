package io.kefu.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a data directory of an earlier Kefu up to passwords, once: there every local
 * user could connect as the superuser {@code postgres}, which had no password, and Kefu's
 * tables were in the database {@code postgres}, owned by the superuser. The upgrade gives
 * the superuser its password, creates Kefu's role, renames the database to {@code kefu}
 * (an empty {@code postgres} takes its old name), hands it and everything in it to the
 * role, and only then makes {@code pg_hba.conf} demand passwords. Each step may run
 * again, so an upgrade cut off half-way is finished by the next start, which still finds
 * the old {@code pg_hba.conf}.
 */
final class TrustUpgrade {

	private static final Logger log = LoggerFactory.getLogger(TrustUpgrade.class);

	private static final String SPARE = "kefu_upgrade_postgres";

	// REASSIGN OWNED cannot take objects from the bootstrap superuser, so each object
	// of the public schema changes hands on its own: tables first (their indexes and
	// identity sequences go with them), then what is left.
	private static final String GIVE_OBJECTS_TO_KEFU = """
			do $$
			declare
			    item record;
			begin
			    for item in select c.oid::regclass as name from pg_class c
			            where c.relnamespace = 'public'::regnamespace and c.relowner = 'postgres'::regrole
			            and c.relkind in ('r', 'p') loop
			        execute format('alter table %s owner to kefu', item.name);
			    end loop;
			    for item in select c.oid::regclass as name from pg_class c
			            where c.relnamespace = 'public'::regnamespace and c.relowner = 'postgres'::regrole
			            and c.relkind in ('v', 'm', 'S', 'f') loop
			        execute format('alter table %s owner to kefu', item.name);
			    end loop;
			    for item in select p.oid::regprocedure as name from pg_proc p
			            where p.pronamespace = 'public'::regnamespace and p.proowner = 'postgres'::regrole loop
			        execute format('alter routine %s owner to kefu', item.name);
			    end loop;
			    for item in select t.oid::regtype as name from pg_type t
			            where t.typnamespace = 'public'::regnamespace and t.typowner = 'postgres'::regrole
			            and (t.typtype in ('e', 'd', 'r')
			                or t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c') loop
			        execute format('alter type %s owner to kefu', item.name);
			    end loop;
			    if (select nspowner from pg_namespace where nspname = 'public') = 'postgres'::regrole then
			        alter schema public owner to kefu;
			    end if;
			end
			$$
			""";

	private TrustUpgrade() {
	}

	/** Runs on the started server, which still trusts the superuser. */
	static void run(EmbeddedServer server, ServerPasswords passwords, Path pgData) throws SQLException {
		boolean moved;
		try (Connection superuser = server.superuser("template1")) {
			KefuRole.setPassword(superuser, "postgres", passwords.superuser());
			KefuRole.ensure(superuser, passwords.kefu());
			moved = moveKefuData(superuser, server);
			KefuRole.ensureDatabase(superuser);
		}
		try (Connection kefu = server.superuser(KefuRole.DATABASE)) {
			KefuRole.execute(kefu, GIVE_OBJECTS_TO_KEFU);
		}
		ClientAuthentication.requirePasswords(pgData);
		try (Connection superuser = server.superuser("template1")) {
			KefuRole.execute(superuser, "select pg_reload_conf()");
		}
		log.warn("Upgraded the embedded PostgreSQL in {}: every connection now needs a password (in {} and {}, "
				+ "readable by their owner only), and Kefu connects as role '{}', no superuser, owning database "
				+ "'{}'{}", pgData.getParent(), passwords.superuserFile(), passwords.kefuFile(), KefuRole.NAME,
				KefuRole.DATABASE, moved ? ", which holds the data that was in database 'postgres'" : "");
	}

	// The two renames commit together, so that there is always a database 'postgres' (the
	// library checks that the server is up by connecting to it).
	private static boolean moveKefuData(Connection superuser, EmbeddedServer server) throws SQLException {
		if (KefuRole.exists(superuser, "select 1 from pg_database where datname = ?", KefuRole.DATABASE)
				|| !holdsKefuTables(server)) {
			return false;
		}
		if (!KefuRole.exists(superuser, "select 1 from pg_database where datname = ?", SPARE)) {
			KefuRole.execute(superuser, "create database " + SPARE);
		}
		for (int attempt = 1;; attempt++) {
			// autovacuum may be looking at the database, which a rename does not allow
			KefuRole.execute(superuser, "select pg_terminate_backend(pid) from pg_stat_activity "
					+ "where datname = 'postgres' and pid <> pg_backend_pid()");
			try {
				superuser.setAutoCommit(false);
				KefuRole.execute(superuser, "alter database postgres rename to " + KefuRole.DATABASE);
				KefuRole.execute(superuser, "alter database " + SPARE + " rename to postgres");
				superuser.commit();
				return true;
			}
			catch (SQLException ex) {
				superuser.rollback();
				if (attempt == 10) {
					throw ex;
				}
				pause();
			}
			finally {
				superuser.setAutoCommit(true);
			}
		}
	}

	private static boolean holdsKefuTables(EmbeddedServer server) throws SQLException {
		try (Connection postgres = server.superuser("postgres")) {
			return KefuRole.exists(postgres, "select 1 from pg_tables where schemaname = 'public' and tablename = ?",
					"flyway_schema_history");
		}
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

package io.kefu.cli;

import java.util.Set;

import picocli.CommandLine;

/**
 * The command line of {@code java -jar kefu.jar}: {@code serve} (the default, also when
 * the first argument is a Spring option such as {@code --server.port=9090}) or one of the
 * tasks, each of which starts Kefu without its web server when it needs the database.
 */
public final class Launcher {

	private Launcher() {
	}

	/**
	 * Runs the command the arguments name and exits with its code, unless it serves.
	 * @param application the Spring Boot application that {@code serve} and the tasks
	 * start
	 */
	public static void run(Class<?> application, String[] args) {
		String[] effective = servesByDefault(args) ? prepend("serve", args) : args;
		int exitCode = new CommandLine(new KefuCommand(application)).execute(effective);
		if (exitCode != 0 || !"serve".equals(effective[0])) {
			System.exit(exitCode);
		}
	}

	// "java -jar kefu.jar --server.port=9090" serves; "--help" and "--version" belong to
	// the top command
	private static boolean servesByDefault(String[] args) {
		return args.length == 0 || args[0].startsWith("--") && !Set.of("--help", "--version").contains(args[0]);
	}

	private static String[] prepend(String first, String[] rest) {
		String[] all = new String[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

}

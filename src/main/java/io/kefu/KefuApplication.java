package io.kefu;

import java.util.Set;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

import picocli.CommandLine;

/** Kefu: one jar that serves the web application and runs the command-line tasks. */
@SpringBootApplication
@Modulithic(systemName = "Kefu", sharedModules = { "database", "time" })
public class KefuApplication {

	public static void main(String[] args) {
		String[] effective = servesByDefault(args) ? prepend("serve", args) : args;
		int exitCode = new CommandLine(new KefuCommand()).execute(effective);
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

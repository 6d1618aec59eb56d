package io.kefu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.PortInUseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web application (the default).")
class ServeCommand implements Callable<Integer> {

	@ParentCommand
	KefuCommand kefu;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() {
		Optional<WebPort> port = WebPort.configured(springArguments, System.getProperties(), System.getenv());
		Optional<String> portTaken = port.flatMap(WebPort::unavailable);
		if (portTaken.isPresent()) {
			System.err.println(portTaken.get());
			return 1;
		}
		if (!DatabaseStartup.open()) {
			return 1;
		}
		try {
			SpringApplication.run(kefu.application, springArguments.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			// another program took the port after the check above
			if (port.isPresent() && causedByPortInUse(ex)) {
				System.err.println(port.get().inUse());
				return 1;
			}
			throw ex;
		}
		return 0;
	}

	private static boolean causedByPortInUse(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof PortInUseException) {
				return true;
			}
		}
		return false;
	}

}

package io.kefu;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web application (the default).")
class ServeCommand implements Callable<Integer> {

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() {
		if (!DatabaseStartup.open()) {
			return 1;
		}
		SpringApplication.run(KefuApplication.class, springArguments.toArray(String[]::new));
		return 0;
	}

}

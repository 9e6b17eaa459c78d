package dev.foodmesh.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StackProcessesTest {

	@TempDir
	Path state;

	@Test
	void shouldFindWhatRunLocalLeavesInItsStateDirectory() throws IOException {
		Path pids = Files.createDirectories(this.state.resolve("pids"));
		Files.writeString(pids.resolve("payment-service.pid"), "303 /repo/.local/app/payment-service/app.jar");
		Files.writeString(pids.resolve("order-service.pid"), "101 /repo/.local/app/order-service/app.jar");
		Files.writeString(pids.resolve("user-service.pid"), "-1 /repo/.local/app/user-service/app.jar");
		Files.writeString(Files.createDirectories(this.state.resolve("postgres")).resolve("postmaster.pid"),
				"404\n/repo/.local/postgres\n1700000000\n5432\n");
		Files.writeString(this.state.resolve("launcher.lock"), "505");

		assertThat(StackProcesses.find(this.state)).containsExactly(new WatchedProcess("order", 101, false),
				new WatchedProcess("payment", 303, false), new WatchedProcess("postgres", 404, true),
				new WatchedProcess("kafka+launcher", 505, false));
	}

	@Test
	void shouldFindNothingWhereNoStackRan() {
		assertThat(StackProcesses.find(this.state.resolve("nowhere"))).isEmpty();
	}

}

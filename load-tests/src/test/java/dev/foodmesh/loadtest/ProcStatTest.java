package dev.foodmesh.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ProcStatTest {

	@Test
	void shouldReadTheCpuFieldsEvenWhenTheCommandNameHasSpacesAndParentheses() {
		String line = "4242 (postgres: foodmesh_order (idle)) S 4100 4100 4100 0 -1 4194560 1234 0 5 0 "
				+ "1500 320 77 12 20 0 1 0 98765 123456789 4321 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 17 1";

		ProcStat stat = ProcStat.parse(line);

		assertThat(stat.pid()).isEqualTo(4242);
		assertThat(stat.command()).isEqualTo("postgres: foodmesh_order (idle)");
		assertThat(stat.jitCompiler()).isFalse();
		assertThat(stat.state()).isEqualTo('S');
		assertThat(stat.userTicks()).isEqualTo(1500);
		assertThat(stat.systemTicks()).isEqualTo(320);
		assertThat(stat.ownTicks()).isEqualTo(1820);
		assertThat(stat.childTicks()).isEqualTo(89);
	}

	@Test
	void shouldKnowTheJvmsCompilerThreadsByTheirCutNames() {
		String fields = " S 1 2 3 0 -1 0 0 0 0 0 40 2 0 0 20 0 1 0 9 1 1 1";

		assertThat(ProcStat.parse("77 (C2 CompilerThre)" + fields).jitCompiler()).isTrue();
		assertThat(ProcStat.parse("78 (C1 CompilerThre)" + fields).jitCompiler()).isTrue();
		assertThat(ProcStat.parse("79 (reactor-tcp-epo)" + fields).jitCompiler()).isFalse();
	}

	@Test
	void shouldRefuseWhatIsNoStatLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> ProcStat.parse("no parentheses here"));
		assertThatIllegalArgumentException().isThrownBy(() -> ProcStat.parse("1 (java) S 1 2 3"));
	}

	@Test
	void shouldReadTheResidentSetFromStatus() {
		String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmRSS:\t  262144 kB\nRssAnon:\t  200000 kB\n";

		assertThat(ProcStat.residentKib(status)).hasValue(262144);
		assertThat(ProcStat.residentKib("Name:\tkthreadd\nState:\tS (sleeping)\n")).isEmpty();
	}

	@Test
	void shouldMeasureThisJvmThroughProc() {
		assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "no /proc on this system");
		WatchedProcess self = new WatchedProcess("test", ProcessHandle.current().pid(), true);

		WatchedProcess.Usage usage = self.usage().orElseThrow();

		assertThat(usage.cpuTicks()).isPositive();
		// this JVM compiled its test code: its compiler threads have spent some of its
		// time
		assertThat(usage.jitTicks()).isPositive().isLessThan(usage.cpuTicks());
		assertThat(usage.residentKib()).isGreaterThan(10_000);
		assertThat(WatchedProcess.TICKS_PER_SECOND).isPositive();
		assertThat(new WatchedProcess("gone", Long.MAX_VALUE / 2, false).usage()).isEmpty();
	}

}

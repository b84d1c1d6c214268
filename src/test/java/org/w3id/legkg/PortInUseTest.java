package org.w3id.legkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.legkg.store.StoreLayout;

/** `legkg serve` on a port another program listens on says so at once: before building the store, not after. */
class PortInUseTest {
    @TempDir Path tmp;

    @Test
    void aPortInUseIsReportedBeforeAnyBuild() throws Exception {
        Path project = TestProjects.copyFixture(tmp);
        Path store = tmp.resolve("store"); // no store yet: serve would build one first
        // Jena and the commands loaded first, so the time below is serve's own (a cold JVM takes seconds)
        assertThat(TestProjects.cli(project, null, "validate").exitCode()).isZero();
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            long t0 = System.nanoTime();
            TestProjects.Run run = TestProjects.cli(project, store, "serve", "--port", Integer.toString(port), "--host", "127.0.0.1");
            long millis = (System.nanoTime() - t0) / 1_000_000;

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err().strip()).isEqualTo("legkg serve: error: port " + port + " on 127.0.0.1 is in use by another "
                    + "program: stop it, or choose another --port (0 picks a free one)");
            assertThat(run.out()).doesNotContain("parse", "load", "swap"); // no build step started
            assertThat(new StoreLayout(store).allBuilds()).isEmpty();
            assertThat(millis).as("ms until serve gave up").isLessThan(1000); // building the fixture takes ~2 s
        }
    }

    @Test
    void anAddressThatIsNotThisMachinesIsSaidToo() {
        Path project = TestProjects.copyFixture(tmp);
        // TEST-NET-1 (RFC 5737): never an address of this machine; binding to it sends nothing anywhere
        TestProjects.Run run = TestProjects.cli(project, tmp.resolve("store"), "serve", "--port", "3030", "--host", "192.0.2.1");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("legkg serve: error: cannot listen on 192.0.2.1:3030: ", "(is --host an address of this machine?)");
        assertThat(new StoreLayout(tmp.resolve("store")).allBuilds()).isEmpty();
    }
}

package org.w3id.legkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which legkg command holds a store, read from the holder's command line. */
class StoreInUseExceptionTest {
    @Test
    void theCommandIsTheWordAfterTheJarOrTheMainClass() {
        // as ./legkg starts it (arguments after the java executable)
        assertThat(StoreInUseException.legkgCommand(List.of("-Xss4m", "-Xlog:disable", "-XX:SharedArchiveFile=/p/target/cds/serve.jsa",
                "-jar", "/p/target/legkg.jar", "serve", "--port", "3030"))).contains("serve");
        assertThat(StoreInUseException.legkgCommand(List.of("-cp", "a.jar:b.jar", "org.w3id.legkg.cli.Main", "query", "x.rq"))).contains("query");
        assertThat(StoreInUseException.legkgCommand(List.of("-jar", "legkg.jar", "--version"))).isEmpty();
        assertThat(StoreInUseException.legkgCommand(List.of("-jar", "fuseki-server.jar", "--loc", "store"))).isEmpty();
        assertThat(StoreInUseException.legkgCommand(List.of())).isEmpty();
    }
}

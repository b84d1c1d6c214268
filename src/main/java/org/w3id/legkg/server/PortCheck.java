package org.w3id.legkg.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.UnresolvedAddressException;

import org.w3id.legkg.LegkgException;

/**
 * Whether the server can listen where it is told to, asked before anything slow: {@code serve} may build
 * the store first (minutes at 1M triples), and a port in use should be said at once, not after that.
 */
public final class PortCheck {
    private PortCheck() {}

    /** Binds and releases the address as Jetty will bind it (SO_REUSEADDR on); port 0 always succeeds. */
    public static void requireFree(String host, int port) {
        if (port == 0) return;
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            probe.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            throw cannotListen(host, port, e);
        } catch (UnresolvedAddressException e) {
            throw new LegkgException("cannot listen on " + host + ":" + port + ": unknown host (--host)", e);
        } catch (IOException e) {
            throw new LegkgException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * What to throw when the server failed to start with {@code failure}: a clear message if the port was
     * taken meanwhile (by another program started while the store was built), else {@code failure}.
     */
    public static RuntimeException explain(RuntimeException failure, String host, int port) {
        for (Throwable t = failure; t != null; t = t.getCause())
            if (t instanceof BindException b) return cannotListen(host, port, b);
        return failure;
    }

    private static LegkgException cannotListen(String host, int port, BindException e) {
        String why = e.getMessage() == null ? "" : e.getMessage();
        if (why.contains("in use"))
            return new LegkgException("port " + port + " on " + host + " is in use by another program: stop it, "
                    + "or choose another --port (0 picks a free one)", e);
        return new LegkgException("cannot listen on " + host + ":" + port + ": " + why
                + (why.contains("assign") ? " (is --host an address of this machine?)" : ""), e);
    }
}

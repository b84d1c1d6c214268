package org.w3id.legkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.tdb2.TDBException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk is recognised however the libraries wrapped it, and nothing else is taken for one. */
class NoSpaceLeftExceptionTest {
    @TempDir Path dir;

    @Test
    void theOsMessageIsFoundInCausesAndSuppressedExceptions() {
        assertThat(NoSpaceLeftException.explains(new RuntimeIOException(new IOException("No space left on device")), dir)).isTrue();
        assertThat(NoSpaceLeftException.explains(new IOException("Disk quota exceeded"), dir)).isTrue();

        // as seen on a full tmpfs: the mmap write faulted, and flushing the node table on release said why
        InternalError fault = new InternalError("a fault occurred in a recent unsafe memory access operation in compiled Java code");
        fault.addSuppressed(new TDBException("NodeTableTRDF", new RuntimeIOException(new IOException("No space left on device"))));
        assertThat(NoSpaceLeftException.explains(fault, dir)).isTrue();
    }

    @Test
    void otherFailuresAreNotAFullDisk() {
        assertThat(NoSpaceLeftException.explains(new TransactionException("Can't expel: Active transactions for location"), dir)).isFalse();
        assertThat(NoSpaceLeftException.explains(new RuntimeIOException(new IOException("Permission denied")), dir)).isFalse();
        // a faulted mapped write alone is a full disk only when the file system is (nearly) full; this one is not
        assertThat(NoSpaceLeftException.explains(new InternalError("a fault occurred in a recent unsafe memory access operation"), dir)).isFalse();
        // a cycle of suppressed exceptions ends the search
        IllegalStateException a = new IllegalStateException("a"), b = new IllegalStateException("b");
        a.addSuppressed(b);
        b.addSuppressed(a);
        assertThat(NoSpaceLeftException.explains(a, dir)).isFalse();
    }
}

package org.w3id.legkg.store;

import org.w3id.legkg.LegkgException;

/** Another process holds the store's build lock. */
public class StoreBusyException extends LegkgException {
    public StoreBusyException(String message) { super(message); }
}

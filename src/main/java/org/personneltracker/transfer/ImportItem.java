package org.personneltracker.transfer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One record of an import file: the line it starts on, its kind and its body (the API's request shape, without
 * {@code kind}); or the reason the line could not be read as a record.
 */
record ImportItem(long line, String kind, ObjectNode body, ImportError error) {

    static ImportItem of(long line, String kind, ObjectNode body) {
        return new ImportItem(line, kind, body, null);
    }

    static ImportItem unreadable(long line, String field, String message) {
        return new ImportItem(line, null, null, new ImportError(line, field, message));
    }
}

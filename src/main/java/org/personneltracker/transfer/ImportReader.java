package org.personneltracker.transfer;

import java.io.IOException;

/** The records of an import file, read one at a time (the file is read twice: checked, then written). */
interface ImportReader extends AutoCloseable {

    /** The next record, or null at the end. */
    ImportItem next() throws IOException;

    @Override
    void close() throws IOException;
}

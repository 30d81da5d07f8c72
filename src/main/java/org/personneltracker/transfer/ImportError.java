package org.personneltracker.transfer;

/** Why a record of an import file was refused: its line (1 for the first), the field (a JSON path) and why. */
public record ImportError(long line, String field, String message) {
}

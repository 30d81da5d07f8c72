package org.personneltracker.common;

import java.util.List;

/** The list envelope of every collection endpoint. */
public record Page<T>(List<T> items, String next, long total) {
}

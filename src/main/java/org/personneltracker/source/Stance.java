package org.personneltracker.source;

/** How a cited source relates to the fact: it supports it, or contradicts it (another date, a denial). */
public enum Stance {
    SUPPORTS, CONTRADICTS
}

package org.personneltracker.source;

public enum SourceTier {
    PRIMARY, MAJOR, TRADE, OTHER
}

package org.personneltracker.context;

public enum FundingStatus {
    RUMOURED, IN_TALKS, ANNOUNCED, CLOSED
}

package org.personneltracker.context;

public enum ContextType {
    PRODUCT_LAUNCH, FUNDING_ROUND, ACQUISITION, PARTNERSHIP, REORGANIZATION, POLICY, LEGAL, HEADCOUNT, OTHER
}

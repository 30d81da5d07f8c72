package org.personneltracker.event;

public enum RoleCategory {
    EXECUTIVE, RESEARCH, SAFETY, SECURITY, POLICY, ENGINEERING, PRODUCT, BUSINESS, OPERATIONS, OTHER
}

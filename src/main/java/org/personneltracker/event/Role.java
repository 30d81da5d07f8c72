package org.personneltracker.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What a person did at a company at the moment of an event. */
@Embeddable
public class Role {

    @Column(name = "role_title")
    public String title;

    @Column(name = "role_team")
    public String team;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_category")
    public RoleCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_seniority")
    public Seniority seniority;

    @Column(name = "role_founder")
    public Boolean founder;

    public Role() {
    }

    public Role(String title, String team, RoleCategory category, Seniority seniority, boolean founder) {
        this.title = title;
        this.team = team;
        this.category = category;
        this.seniority = seniority;
        this.founder = founder;
    }

    public boolean isFounder() {
        return Boolean.TRUE.equals(founder);
    }
}

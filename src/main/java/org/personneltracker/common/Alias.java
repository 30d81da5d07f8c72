package org.personneltracker.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** An alternative name, stored with its lower-case form so name look-ups use an index. */
@Embeddable
public class Alias {

    @Column(name = "alias", nullable = false)
    public String alias;

    @Column(name = "alias_lower", nullable = false)
    public String aliasLower;

    protected Alias() {
    }

    public Alias(String alias) {
        this.alias = alias.trim();
        this.aliasLower = lower(alias);
    }

    public static String lower(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}

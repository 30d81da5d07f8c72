package org.personneltracker.source;

/** How close a source is to the facts (API.md), with the words pages explain each tier in. */
public enum SourceTier {
    PRIMARY("the person's or company's own statement"),
    MAJOR("a wire service or major news outlet"),
    TRADE("the tech or trade press"),
    OTHER("a blog, aggregator or republication");

    private final String meaning;

    SourceTier(String meaning) {
        this.meaning = meaning;
    }

    /** "the person's or company's own statement": what the tier means, for legends and tooltips. */
    public String getMeaning() {
        return meaning;
    }
}

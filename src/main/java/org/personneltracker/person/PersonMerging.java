package org.personneltracker.person;

/**
 * What a merge of two people needs from the features above: every record naming the person merged away moves to
 * the person kept. Declared here, implemented by the events ({@code event/EventMerging}).
 */
public interface PersonMerging {

    /** Moves every reference to {@code from} onto {@code into}; answers how many records changed. */
    long moveReferences(Person from, Person into);
}

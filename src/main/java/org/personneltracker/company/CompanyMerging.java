package org.personneltracker.company;

/**
 * What a merge of two companies needs from the features above: every record naming the company merged away moves
 * to the company kept. Declared here, implemented by each feature that refers to companies (context events,
 * personnel events).
 */
public interface CompanyMerging {

    /** Moves every reference to {@code from} onto {@code into}; answers how many records changed. */
    long moveReferences(Company from, Company into);
}

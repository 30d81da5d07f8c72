package org.personneltracker.history;

import org.hibernate.envers.RevisionListener;

/** Fills in who made a revision (and the note, if any) when Envers opens one. */
public class RevisionStamp implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Revision r = (Revision) revisionEntity;
        Revisions.Author author = Revisions.author();
        r.username = author.user();
        r.note = author.note();
    }
}

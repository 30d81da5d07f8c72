package org.personneltracker.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.EnumSet;
import org.hibernate.annotations.IdGeneratorType;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.EventTypeSets;
import org.hibernate.id.IdentityGenerator;

/**
 * An identity column whose value the database assigns to a new record, and which keeps the id a record had when a
 * deleted record is restored from its history: its address ({@code /api/events/42}) and its history go on as
 * before. A record is given an id only by the restore path; every other write leaves the id null.
 */
@IdGeneratorType(RestorableId.Generator.class)
@Retention(RUNTIME)
@Target(FIELD)
public @interface RestorableId {

    /** The database's identity value, unless the entity already carries an id (a restored record). */
    class Generator extends IdentityGenerator implements BeforeExecutionGenerator {

        @Override
        public Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue,
                EventType eventType) {
            return session.getEntityPersister(null, owner).getIdentifier(owner, session);
        }

        @Override
        public boolean generatedOnExecution() {
            return true;
        }

        @Override
        public boolean generatedOnExecution(Object owner, SharedSessionContractImplementor session) {
            return session.getEntityPersister(null, owner).getIdentifier(owner, session) == null;
        }

        @Override
        public boolean allowAssignedIdentifiers() {
            return true;
        }

        @Override
        public EnumSet<EventType> getEventTypes() {
            return EventTypeSets.INSERT_ONLY;
        }
    }
}

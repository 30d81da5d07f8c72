package org.personneltracker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.SelectableConsumer;
import org.junit.jupiter.api.Test;

/**
 * Flyway owns the schema and Hibernate creates nothing, so a column an entity (or Envers, for its audit tables)
 * writes but no migration created would fail only when a user writes. This compares every table and column of the
 * mapping, the audit tables included, with the database the migrations made.
 */
@QuarkusTest
class SchemaMatchesMappingTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    @Test
    void everyMappedColumnAuditTablesIncludedExistsInTheMigratedDatabase() {
        Map<String, Set<String>> mapped = new HashMap<>();
        SelectableConsumer collect = (index, s) -> mapped.computeIfAbsent(lower(s.getContainingTableExpression()),
                k -> new HashSet<>()).add(lower(s.getSelectionExpression()));
        SessionFactoryImplementor sf = sessionFactory.unwrap(SessionFactoryImplementor.class);
        sf.getMappingMetamodel().forEachEntityDescriptor(p -> {
            p.getIdentifierMapping().forEachSelectable(collect);
            p.forEachSelectable(collect);
        });
        sf.getMappingMetamodel().forEachCollectionDescriptor(c -> c.getAttributeMapping().forEachSelectable(collect));

        Map<String, Set<String>> database = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select lower(table_name), lower(column_name) from information_schema.columns"
                + " where lower(table_schema) = 'public'").getResultList());
        rows.forEach(r -> database.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]));

        Set<String> missing = new TreeSet<>();
        mapped.forEach((table, columns) -> columns.forEach(column -> {
            if (!database.getOrDefault(table, Set.of()).contains(column)) {
                missing.add(table + "." + column);
            }
        }));
        assertTrue(mapped.containsKey("personnel_event_aud") && mapped.containsKey("company_alias_aud")
                && mapped.containsKey("event_context_aud") && mapped.containsKey("revinfo"), mapped.keySet().toString());
        assertTrue(mapped.get("personnel_event_aud").contains("version"), "revisions keep the version");
        assertTrue(mapped.get("app_user_aud").stream().noneMatch(c -> c.contains("password")), "no password hash");
        assertEquals(Set.of(), missing, "columns the mapping writes that no migration created");
    }

    private static String lower(String name) {
        return name.replace("\"", "").toLowerCase(Locale.ROOT);
    }
}

package org.personneltracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetTest {

    static final Keyset.Order EVENTS = Keyset.Order.descending("events", Keyset.Key.date("e.date.start"),
            Keyset.Key.id("e.id"));
    static final Keyset.Order PEOPLE = Keyset.Order.ascending("people", Keyset.Key.text("x.nameLower"),
            Keyset.Key.id("x.id"));

    final Keyset keyset = new Keyset("one-installation-key-0123456789");

    private static void refused(Runnable r) {
        ApiException e = assertThrows(ApiException.class, r::run);
        assertEquals(400, e.status());
        assertEquals("cursor", e.violations().get(0).field());
        assertEquals(Keyset.NOT_ISSUED, e.getMessage());
    }

    @Test
    void aCursorCarriesTheSortKeysOfTheLastRowShown() {
        String cursor = keyset.encode(EVENTS, List.of(LocalDate.of(2026, 2, 9), 42L));
        assertEquals(List.of(LocalDate.of(2026, 2, 9), 42L), keyset.decode(EVENTS, cursor));
        assertEquals(List.of("o'brien, jane", 7L), keyset.decode(PEOPLE, keyset.encode(PEOPLE, List.of("o'brien, jane", 7L))));
    }

    @Test
    void aCursorOfAnotherInstallationOrListOrAlteredIsRefused() {
        String cursor = keyset.encode(EVENTS, List.of(LocalDate.of(2026, 2, 9), 42L));
        refused(() -> new Keyset("another-installation-key-987654").decode(EVENTS, cursor));
        refused(() -> keyset.decode(PEOPLE, cursor));
        String body = cursor.substring(0, cursor.indexOf('.'));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(body)).replace("42", "41").getBytes()) + cursor.substring(body.length());
        refused(() -> keyset.decode(EVENTS, forged));
        refused(() -> keyset.decode(EVENTS, "junk"));
        refused(() -> keyset.decode(EVENTS, keyset.encode(EVENTS, List.of(LocalDate.of(2026, 2, 9)))));
    }

    @Test
    void pagesContinueAfterTheLastRowInTheListsOrder() {
        assertEquals("order by e.date.start desc, e.id desc", EVENTS.orderBy());
        assertEquals("e.date.start <= :keyset0 and ((e.date.start < :keyset0) or (e.date.start = :keyset0 and e.id < :keyset1))",
                EVENTS.after());
        assertEquals("x.nameLower >= :keyset0 and ((x.nameLower > :keyset0) or (x.nameLower = :keyset0 and x.id > :keyset1))",
                PEOPLE.after());
    }
}

package org.personneltracker.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameTyposTest {

    @Test
    void oneOrTwoSlipsInALongNameAreTheSameName() {
        assertTrue(NameTypos.slip("Carvahlo", "Carvalho"), "swapped letters");
        assertTrue(NameTypos.slip("Kokotaljo", "Kokotajlo"), "swapped letters");
        assertTrue(NameTypos.slip("Solbreg", "Solberg"), "swapped letters");
        assertTrue(NameTypos.slip("Sharmma", "Sharma"), "a letter added");
        assertTrue(NameTypos.sameNameButASlip("Mrinak Sharma", "Mrinank Sharma"));
    }

    @Test
    void differentNamesAndShortNamesAreNotSlips() {
        assertFalse(NameTypos.slip("Carter", "Carlos"), "two changes in a six-letter word");
        assertFalse(NameTypos.slip("Lee", "Lea"), "too short to tell");
        assertFalse(NameTypos.slip("Martin", "Kartin"), "the first letter always agrees");
        assertFalse(NameTypos.sameNameButASlip("Daniel Gross", "Daniel Levy"));
    }
}

package org.personneltracker.common;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void foldsAccentsAndPunctuation() {
        assertEquals("karen-simonyan", Slugs.slugify("Karén Simonyan"));
        assertEquals("zoe-hitzig", Slugs.slugify("Zoë Hitzig"));
        assertEquals("timothee-lacroix", Slugs.slugify("Timothée Lacroix"));
        assertEquals("character-ai", Slugs.slugify("Character.AI"));
        assertEquals("yuhuai-tony-wu", Slugs.slugify("Yuhuai (Tony) Wu"));
        assertEquals("jurgen-strasse", Slugs.slugify("Jürgen Straße"));
        assertEquals("at-and-t", Slugs.slugify("AT&T"));
        assertEquals("lukasz-kaiser", Slugs.slugify("Łukasz Kaiser"));
    }

    @Test
    void answersEmptyForANameWithNoLatinLetters() {
        assertEquals("", Slugs.slugify("李飞飞"));
        assertEquals("", Slugs.slugify("---"));
    }

    @Test
    void allocatesTheNextFreeSlugForADuplicateName() {
        Set<String> taken = Set.of("jane-doe", "jane-doe-2");
        assertEquals("jane-doe-3", Slugs.allocate(null, "Jane Doe", "person", taken::contains, "slug"));
        assertEquals("john-doe", Slugs.allocate(null, "John Doe", "person", taken::contains, "slug"));
    }

    @Test
    void fallsBackToPrefixAndNumberWithoutLatinLetters() {
        Set<String> taken = Set.of("person-1");
        assertEquals("person-2", Slugs.allocate(null, "李飞飞", "person", taken::contains, "slug"));
    }

    @Test
    void refusesAnInvalidOrTakenRequestedSlug() {
        ApiException bad = assertThrows(ApiException.class,
                () -> Slugs.allocate("Not A Slug", "x", "person", s -> false, "slug"));
        assertEquals(400, bad.status());
        ApiException taken = assertThrows(ApiException.class,
                () -> Slugs.allocate("jane", "x", "person", s -> true, "slug"));
        assertEquals(409, taken.status());
    }

    @Test
    void validatesSlugs() {
        assertTrue(Slugs.isValid("a-b-2"));
        assertFalse(Slugs.isValid("a--b"));
        assertFalse(Slugs.isValid("-a"));
        assertFalse(Slugs.isValid("A"));
        assertFalse(Slugs.isValid("é"));
    }
}

package org.personneltracker.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.personneltracker.support.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seed goes in through the import (the same checks and services as the API) and comes out unchanged:
 * {@code seed-export.jsonl} is the export of the seed as the former loader (one service call per record) stored it,
 * taken before the loader was switched to the import; every one of its lines must be in the export of this run's
 * database (other tests add records of their own, never touching the seed's).
 */
@QuarkusTest
class SeedExportTest {

    @Test
    void theLoadedSeedExportsLineForLineAsTheFormerLoaderStoredIt() throws IOException {
        List<String> golden;
        try (InputStream in = SeedExportTest.class.getResourceAsStream("/seed-export.jsonl")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Set<String> exported = new HashSet<>(new String(admin().get("/api/export").then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8).lines().toList());
        assertEquals(List.of(), golden.stream().filter(l -> !exported.contains(l)).toList(),
                "seed lines missing from the export (or changed)");
        assertEquals(415, golden.size(), "19 companies, 61 people, sources, 47 context events, 88 events");
    }
}

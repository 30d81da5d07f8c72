package org.personneltracker.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.personneltracker.support.Api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.UrlNormalizer;

/**
 * The seed goes in through the import (the same checks and services as the API) and comes out unchanged:
 * {@code seed-export.jsonl} is the export of the seed as the former loader (one service call per record) stored it,
 * taken before the loader was switched to the import; every one of its lines must be in the export of this run's
 * database (other tests add records of their own, never touching the seed's). The records that
 * {@code seed-data/corrections.json} corrects after the load are left out here: {@link SeedCorrectionsTest} checks them.
 */
@QuarkusTest
class SeedExportTest {

    @Test
    void theLoadedSeedExportsLineForLineAsTheFormerLoaderStoredIt() throws IOException {
        List<String> golden;
        try (InputStream in = SeedExportTest.class.getResourceAsStream("/seed-export.jsonl")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Set<String> corrected = correctedRecords();
        golden = golden.stream().filter(l -> !corrected.contains(identity(l))).toList();
        Set<String> exported = new HashSet<>(new String(admin().get("/api/export").then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8).lines().toList());
        assertEquals(List.of(), golden.stream().filter(l -> !exported.contains(l)).toList(),
                "seed lines missing from the export (or changed)");
        assertEquals(415 - corrected.size(), golden.size(),
                "19 companies, 61 people, sources, 47 context events, 88 events; less the corrected ones");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** kind:key, kind:url or kind:slug of an export line. */
    private static String identity(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            return identity(n.path("kind").asText(), n.path("key").asText(null), n.path("url").asText(null),
                    n.path("slug").asText(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String identity(String kind, String key, String url, String slug) {
        if (key != null) {
            return kind + ":" + key;
        }
        return url != null ? kind + ":" + UrlNormalizer.normalize(url) : kind + ":" + slug;
    }

    /** The records the corrections file patches. */
    private static Set<String> correctedRecords() throws IOException {
        JsonNode all = JSON.readTree(java.nio.file.Path.of("seed-data", "corrections.json").toFile());
        Set<String> out = new HashSet<>();
        for (JsonNode c : all) {
            JsonNode t = c.path("target");
            if (t.isObject()) {
                out.add(identity(t.path("kind").asText(), t.path("key").asText(null), t.path("url").asText(null),
                        t.path("slug").asText(null)));
            }
        }
        return out;
    }
}

package org.personneltracker.insight;

import static org.personneltracker.support.Api.admin;
import static org.personneltracker.support.Api.unique;
import static org.personneltracker.support.Fixtures.createCompany;
import static org.personneltracker.support.Fixtures.createPerson;
import static org.personneltracker.support.Fixtures.event;
import static org.personneltracker.support.Fixtures.postEvent;
import static org.personneltracker.support.Fixtures.uniqueUrl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small world of our own for the insight tests, built once through the API (three companies with unique names,
 * eight people), with every expected flow, wave, series row and window computed by hand in the tests' comments.
 *
 * <pre>
 *  id   record                                       role category, team
 *  dep1 p1 DEPARTURE Alpha 2025-03-03 -> Beta         SAFETY, Alignment
 *  hir2 p1 HIRE Beta 2025-03-20 from Alpha            SAFETY           (the same move as dep1: 17 days)
 *  dep3 p2 DEPARTURE Alpha 2025-03-10 (no dest.)      SAFETY, Alignment
 *  dep4 p3 DEPARTURE Alpha 2025-03 (month)            RESEARCH, alignment
 *  dep5 p4 DEPARTURE Alpha 2025-04-20                 RESEARCH
 *  hir6 p5 HIRE Gamma 2025-05-01 from Alpha           PRODUCT          (no departure recorded: Alpha's too)
 *  dep7 p6 DEPARTURE Alpha 2025-09-01 -> Gamma        POLICY           (no hire recorded: Gamma's arrival too)
 *  dep8 p7 DEPARTURE Alpha 2024 (year)                ENGINEERING
 *  hir9 p8 HIRE Alpha 2025-03-15                      ENGINEERING
 *  hir10 p2 HIRE Gamma 2025-04-01 from Alpha          SAFETY           (the same move as dep3: 22 days)
 *  c1 PRODUCT_LAUNCH Alpha One 2025-03-01
 *  c2 FUNDING_ROUND in talks, $10B valuation, 2025-03 (month)
 *  c3 PRODUCT_LAUNCH Alpha Two 2025-08-25
 *  c4 HEADCOUNT 500, 2025 (year)
 * </pre>
 */
final class InsightData {

    final String alpha;
    final String alphaName;
    final String beta;
    final String gamma;
    final int dep1;
    final int hir2;
    final int dep3;
    final int dep4;
    final int dep5;
    final int hir6;
    final int dep7;
    final int dep8;
    final int hir9;
    final int hir10;
    final String c1;
    final String c2;
    final String c3;
    final String c4;

    private static InsightData instance;

    static synchronized InsightData get() {
        if (instance == null) {
            instance = new InsightData();
        }
        return instance;
    }

    private InsightData() {
        alphaName = unique("Alpha Insight Labs");
        alpha = createCompany(alphaName);
        beta = createCompany(unique("Beta Insight Labs"));
        gamma = createCompany(unique("Gamma Insight Labs"));
        String[] p = new String[9];
        for (int i = 1; i <= 8; i++) {
            p[i] = createPerson(unique("Insight Person " + i));
        }
        dep1 = postEvent(withTeam(move("DEPARTURE", "2025-03-03", p[1], alpha, "SAFETY", "destination", beta), "Alignment"));
        hir2 = postEvent(move("HIRE", "2025-03-20", p[1], beta, "SAFETY", "origin", alpha));
        dep3 = postEvent(withTeam(move("DEPARTURE", "2025-03-10", p[2], alpha, "SAFETY", null, null), "Alignment"));
        dep4 = postEvent(withTeam(move("DEPARTURE", "2025-03", p[3], alpha, "RESEARCH", null, null), "alignment"));
        dep5 = postEvent(move("DEPARTURE", "2025-04-20", p[4], alpha, "RESEARCH", null, null));
        hir6 = postEvent(move("HIRE", "2025-05-01", p[5], gamma, "PRODUCT", "origin", alpha));
        dep7 = postEvent(move("DEPARTURE", "2025-09-01", p[6], alpha, "POLICY", "destination", gamma));
        dep8 = postEvent(move("DEPARTURE", "2024", p[7], alpha, "ENGINEERING", null, null));
        hir9 = postEvent(move("HIRE", "2025-03-15", p[8], alpha, "ENGINEERING", null, null));
        hir10 = postEvent(move("HIRE", "2025-04-01", p[2], gamma, "SAFETY", "origin", alpha));
        c1 = context(alpha, "PRODUCT_LAUNCH", "Alpha One", "2025-03-01", null, null);
        c2 = context(alpha, "FUNDING_ROUND", "Talks to raise at $10B", "2025-03", 10_000_000_000L, "IN_TALKS");
        c3 = context(alpha, "PRODUCT_LAUNCH", "Alpha Two", "2025-08-25", null, null);
        c4 = headcount(alpha, "2025", 500);
    }

    private static Map<String, Object> move(String type, String date, String person, String company, String category,
            String link, String linked) {
        Map<String, Object> body = event(type, date, person, company, "Member of staff", category);
        if (link != null) {
            body.put(link, linked);
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withTeam(Map<String, Object> body, String team) {
        ((Map<String, Object>) body.get("role")).put("team", team);
        return body;
    }

    static String context(String company, String type, String title, String date, Long valuation, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("company", company);
        body.put("type", type);
        body.put("title", title);
        body.put("date", date);
        if (valuation != null) {
            body.put("valuation", valuation);
            body.put("currency", "USD");
        }
        if (status != null) {
            body.put("status", status);
        }
        body.put("sources", List.of(Map.of("url", uniqueUrl(), "title", "A report", "publisher", "Example News")));
        return admin().body(body).post("/api/context-events").then().statusCode(201).extract().path("key");
    }

    static String headcount(String company, String date, long people) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("company", company);
        body.put("type", "HEADCOUNT");
        body.put("title", "Headcount " + people);
        body.put("date", date);
        body.put("amount", people);
        body.put("sources", List.of(Map.of("url", uniqueUrl(), "title", "A report", "publisher", "Example News")));
        return admin().body(body).post("/api/context-events").then().statusCode(201).extract().path("key");
    }
}

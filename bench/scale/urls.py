#!/usr/bin/env python3
"""Writes the URL lists of the scale benchmark (one path a line) into a folder, for bench/scale/urls.lua.

Usage: bench/scale/urls.py BASE_URL EVENTS OUT_DIR [PREFIX]
Companies, people and categories are varied so consecutive requests are different queries (cold for H2's result
cache). The deep timeline pages are real cursors: the biggest company's timeline is walked 10,000 entries in (or halfway
through it when it is shorter; 500 a page), then 40 pages of 50 are collected from there on, in both orders.
"""
import json
import os
import sys
import urllib.parse
import urllib.request

CATEGORIES = ["ENGINEERING", "RESEARCH", "PRODUCT", "BUSINESS", "OPERATIONS", "SAFETY", "EXECUTIVE", "SECURITY",
              "POLICY", "OTHER"]
SENIORITIES = ["IC", "SENIOR_IC", "HEAD", "VP", "C_LEVEL"]


def get(base, path):
    with urllib.request.urlopen(base + path, timeout=600) as r:
        return json.load(r)


def write(out, name, paths):
    with open(os.path.join(out, name + ".txt"), "w") as f:
        f.write("\n".join(paths) + "\n")


def main():
    base, events, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    prefix = sys.argv[4] if len(sys.argv) > 4 else "bench"
    companies = max(20, events // 200)
    people = max(10, events // 5)
    os.makedirs(out, exist_ok=True)
    big = [f"{prefix}-c{c}" for c in range(min(20, companies))]
    write(out, "timeline-first", [f"/api/companies/{c}/timeline?limit={l}" for c in big for l in range(40, 61)])
    deep = []
    for order in ("asc", "desc"):
        company = big[0]
        cursor = None
        walked = 0
        total = get(base, f"/api/companies/{company}/timeline?limit=1")["total"]
        depth = min(10000, total // 2)  # 10,000 entries in, or halfway through a smaller timeline
        while walked < depth:
            q = {"limit": 500, "order": order}
            if cursor:
                q["cursor"] = cursor
            page = get(base, f"/api/companies/{company}/timeline?" + urllib.parse.urlencode(q))
            cursor = page.get("next")
            walked += len(page["items"])
            if not cursor:
                break
        for _ in range(40):
            if not cursor:
                break
            path = f"/api/companies/{company}/timeline?" + urllib.parse.urlencode(
                {"limit": 50, "order": order, "cursor": cursor})
            deep.append(path)
            cursor = get(base, path).get("next")
    write(out, "timeline-deep", deep)
    years = [(a, b) for a in range(2012, 2025, 2) for b in (a + 1, a + 2)]
    write(out, "events-filter", [f"/api/events?category={c}&from={a}&to={b}&facets=true"
                                 for c in CATEGORIES for (a, b) in years])
    write(out, "events-list", [f"/api/events?limit={l}" for l in range(30, 71)]
          + [f"/api/events?limit=50&type={t}" for t in ("HIRE", "DEPARTURE", "ROLE_CHANGE", "RETURN")])
    write(out, "explorer", [f"/events?category={c}&seniority={s}" for c in CATEGORIES for s in SENIORITIES]
          + [f"/events?category={c}" for c in CATEGORIES])
    write(out, "company-page", [f"/companies/{prefix}-c{c}" for c in range(min(60, companies))])
    step = max(1, people // 500)
    write(out, "person-page", [f"/people/{prefix}-p{p}" for p in range(0, people, step)])
    write(out, "person-api", [f"/api/people/{prefix}-p{p}" for p in range(1, people, step)])
    write(out, "atom", [f"/feeds/events.atom?company={prefix}-c{c}" for c in range(min(60, companies))]
          + [f"/feeds/events.atom?category={c}" for c in CATEGORIES])
    write(out, "insights-page", ["/insights"] + [f"/insights?category={c}" for c in CATEGORIES])
    write(out, "insights-waves", [f"/api/insights/waves?minSize={m}&days={d}" for m in range(3, 7) for d in range(20, 41, 5)])
    print(f"{len(deep)} deep timeline pages ({walked} entries in, of {total}); lists in {out}")


if __name__ == "__main__":
    main()

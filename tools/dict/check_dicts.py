#!/usr/bin/env python3
"""Validate dyad's actor dictionaries and measure how well they cover the NGEC actor-resolution assertions.

Reads (dyad-core/src/main/resources/dyad/dict/): countries.tsv, historical_countries.tsv, organisations.tsv, sectors.tsv,
people.tsv; /work/shared/reference/gazetteer/iso_3166-1.json and iso_3166-3.json (valid codes);
/work/shared/reference/plover/ngec_actor_resolution_tests.jsonl (the NGEC coder's assertions).
Writes: a report on standard output; exit status 1 when a hard error is found (bad columns, codes, dates, roles).

Checks
- every file: header line, column count, no empty required field;
- countries: ISO3 codes (ISO 3166-1, or XKX), 197 states; a name, demonym or metonym given to two states is listed
  (intended duplicates such as Jerusalem are allowed only across countries/historical files);
- historical: ISO 3166-3 code, current ISO 3166-1 code or XSV;
- organisations: code starts with its country, or with IGO/NGO/IMG when the country is empty; known sector;
  a name given to two different countries is listed;
- sectors: known sector and head values; no term twice;
- people: id pattern, valid dates (start <= end), role, code = country + sector(s) (IGO/NGO/IMG when no country),
  overlapping spells of two different people in the same leader role of a state (reported, not fatal: acting presidents,
  co-rulers and collective presidencies exist).
NGEC coverage: for each assertion on the country of a literal actor text, is the text or a sub-phrase of it present in
the dictionaries with the expected country (for an expected empty country: a role word or an IGO/NGO)?
"""

import json
import re
import sys
import unicodedata
from collections import defaultdict

import dictlib as L

SECTORS = set("GOV MIL COP JUD LEG OPP REB CVL BUS MED ELI EDU HLH REL SPY LAB AGR REF PTY CRM UAF DEV ENV HRI NGO".split())
ROLES = {"hos", "hog", "hosg", "fm", "dm", "rebel_leader", "other"}
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def norm(s):
    s = L.fold(s).lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^a-z0-9'.\- ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def load(name, cols):
    path = L.out(name)
    c, rows = L.read_tsv(path)
    if c != cols:
        err("%s: columns %s, expected %s" % (name, c, cols))
    return rows


def main():
    iso1 = {r["alpha_3"] for r in json.load(open(L.ref("gazetteer", "iso_3166-1.json")))["3166-1"]}
    iso3 = {r["alpha_3"] for r in json.load(open(L.ref("gazetteer", "iso_3166-3.json")))["3166-3"]}
    valid_cty = iso1 | {"XKX"}
    hist_cty = valid_cty | iso3 | {"XSV"}

    # ------------------------------------------------ countries
    countries = load("countries.tsv", ["iso3", "names", "demonyms", "metonyms"])
    hist = load("historical_countries.tsv", ["iso3", "names", "demonyms", "metonyms"])
    owner = defaultdict(set)
    for r in countries:
        if r["iso3"] not in valid_cty:
            err("countries.tsv: unknown code %s" % r["iso3"])
        if not r["names"]:
            err("countries.tsv: %s has no name" % r["iso3"])
        for f in ("names", "demonyms", "metonyms"):
            for n in L.split_alts(r[f]):
                owner[n].add(r["iso3"])
    if len(countries) != 197:
        err("countries.tsv: %d rows, expected 197" % len(countries))
    dup = {n: c for n, c in owner.items() if len(c) > 1}
    for r in hist:
        if r["iso3"] not in hist_cty:
            err("historical_countries.tsv: unknown code %s" % r["iso3"])
    print("countries.tsv: %d states, %d names/demonyms/metonyms" % (len(countries), len(owner)))
    print("historical_countries.tsv: %d rows" % len(hist))
    if dup:
        print("  names given to two states in countries.tsv:", dup)

    # ------------------------------------------------ organisations
    orgs = load("organisations.tsv", ["code", "country", "sector", "names"])
    org_owner = defaultdict(set)
    for r in orgs:
        code, cty, sec = r["code"], r["country"], r["sector"]
        if cty:
            if cty not in hist_cty:
                err("organisations.tsv: unknown country %s" % cty)
            if not code.startswith(cty):
                err("organisations.tsv: code %s does not start with %s" % (code, cty))
        elif code[:3] not in ("IGO", "NGO", "IMG"):
            err("organisations.tsv: %s has no country and is not IGO/NGO/IMG" % code)
        if sec and sec not in SECTORS:
            err("organisations.tsv: unknown sector %s" % sec)
        if not re.fullmatch(r"[A-Z0-9]{3,12}", code):
            err("organisations.tsv: bad code %r" % code)
        for n in L.split_alts(r["names"]):
            org_owner[n].add(cty or code[:3])
    multi = {n: sorted(c) for n, c in org_owner.items() if len(c) > 1}
    print("organisations.tsv: %d rows, %d names" % (len(orgs), len(org_owner)))
    if multi:
        print("  names mapping to different countries:", multi)
    clash = {n: (sorted(owner[n]), sorted(org_owner[n])) for n in org_owner if n in owner and owner[n] != org_owner[n]}
    if clash:
        print("  names in both countries.tsv and organisations.tsv with different keys:", clash)

    # ------------------------------------------------ sectors
    secs = load("sectors.tsv", ["term", "sector", "head"])
    seen = set()
    for r in secs:
        if r["sector"] not in SECTORS:
            err("sectors.tsv: unknown sector %s" % r["sector"])
        if r["head"] not in ("", "hos", "hog", "fm", "dm"):
            err("sectors.tsv: unknown head %s" % r["head"])
        if r["term"] != r["term"].lower():
            err("sectors.tsv: not lower case: %s" % r["term"])
        if r["term"] in seen:
            err("sectors.tsv: %s twice" % r["term"])
        seen.add(r["term"])
    heads = defaultdict(int)
    for r in secs:
        heads[r["head"] or "-"] += 1
    print("sectors.tsv: %d terms; by head: %s" % (len(secs), dict(heads)))

    # ------------------------------------------------ people
    people = load("people.tsv", ["id", "name", "aliases", "country", "code", "start", "end", "role", "source"])
    ids = defaultdict(set)
    roles = defaultdict(int)
    for r in people:
        if not re.fullmatch(r"[A-Z0-9_]+", r["id"]):
            err("people.tsv: bad id %r" % r["id"])
        ids[r["id"]].add(r["name"])
        for f in ("start", "end"):
            if r[f] and not L.valid_date(r[f]):
                err("people.tsv: bad %s date %r for %s" % (f, r[f], r["id"]))
        if r["start"] and r["end"] and r["end"] < r["start"]:
            err("people.tsv: end before start for %s %s..%s" % (r["id"], r["start"], r["end"]))
        if r["role"] not in ROLES:
            err("people.tsv: bad role %r" % r["role"])
        roles[r["role"]] += 1
        cty, code = r["country"], r["code"]
        if cty:
            if cty not in hist_cty:
                err("people.tsv: unknown country %s (%s)" % (cty, r["id"]))
            if not code.startswith(cty) or code[3:6] not in SECTORS:
                err("people.tsv: code %s does not fit country %s (%s)" % (code, cty, r["id"]))
        elif code[:3] not in ("IGO", "NGO", "IMG"):
            err("people.tsv: %s has no country and code %s" % (r["id"], code))
        if not r["start"]:
            err("people.tsv: %s has no start date" % r["id"])
    for pid, names in ids.items():
        if len(names) > 1:
            err("people.tsv: id %s has several names %s" % (pid, names))
    # overlapping leaders
    by = defaultdict(list)
    for r in people:
        if r["role"] in ("hos", "hog", "hosg"):
            for k in {"hos": ["head of state"], "hog": ["head of government"], "hosg": ["head of state", "head of government"]}[r["role"]]:
                by[(r["country"], k)].append(r)
    overlaps = []
    for (cty, k), lst in by.items():
        lst.sort(key=lambda r: r["start"])
        for i, a in enumerate(lst):
            for b in lst[i + 1:]:
                if b["start"] >= (a["end"] or "9999"):
                    break
                if a["id"] != b["id"] and (b["end"] or "9999") > a["start"] and \
                        L.days(min(a["end"] or "2025-12-31", b["end"] or "2025-12-31")) - L.days(b["start"]) > 31:
                    overlaps.append("%s %s: %s %s..%s / %s %s..%s" % (cty, k, a["name"], a["start"], a["end"], b["name"], b["start"], b["end"]))
    open_leaders = sum(1 for r in people if not r["end"] and r["role"] in ("hos", "hog", "hosg"))
    print("people.tsv: %d spells, %d persons; roles %s; %d leader spells open at 2025-12-31" %
          (len(people), len(ids), dict(roles), open_leaders))
    srcs = defaultdict(int)
    for r in people:
        srcs[r["source"].split(":")[0]] += 1
    print("  by source: %s" % dict(srcs))
    if overlaps:
        print("  overlapping leader spells of different people (> 1 month; %d):" % len(overlaps))
        for o in overlaps[:60]:
            print("    " + o)
        if len(overlaps) > 60:
            print("    ...")

    # ------------------------------------------------ NGEC coverage
    index = defaultdict(set)  # normalised phrase -> keys
    for r in countries + hist:
        for f in ("names", "demonyms", "metonyms"):
            for n in L.split_alts(r[f]):
                index[norm(n)].add(r["iso3"])
    for r in orgs:
        key = r["country"] or ("IGO" if r["code"].startswith("IGO") else r["code"][:3])
        for n in L.split_alts(r["names"]):
            index[norm(n)].add(key)
    for r in people:
        key = r["country"] or r["code"][:3]
        for n in [r["name"]] + L.split_alts(r["aliases"]):
            index[norm(n)].add(key)
    terms = {norm(r["term"]) for r in secs}

    def phrases(text):
        toks = norm(text).replace("-based", " based").split()
        for i in range(len(toks)):
            for j in range(len(toks), i, -1):
                yield " ".join(toks[i:j])

    aliases_igo = {"UNO": "IGO", "IGO": "IGO", "EUR": "IGO"}
    total = hit = 0
    misses = []
    with open(L.ref("plover", "ngec_actor_resolution_tests.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if not d["args"] or d["args"][0].startswith("d["):
                continue
            text = d["args"][0]
            for lhs, op, rhs in d["asserts"]:
                if lhs not in ("cc", "code['country']") or op != "==" or rhs.startswith("d["):
                    continue
                total += 1
                want = aliases_igo.get(rhs, rhs)
                ok = False
                for p in phrases(text):
                    keys = index.get(p, set())
                    if want and want in keys:
                        ok = True
                    if not want and (p in terms or "IGO" in keys or "NGO" in keys or (keys and not keys & valid_cty)):
                        ok = True
                    if not want and p.rstrip("s") in terms:
                        ok = True
                    if ok:
                        break
                if ok:
                    hit += 1
                else:
                    misses.append("%s -> %r" % (text, rhs))
    print("NGEC assertions on the country of a literal actor text: %d; covered by the dictionaries: %d (%.0f%%)" %
          (total, hit, 100.0 * hit / max(total, 1)))
    if misses:
        print("  not covered: " + "; ".join(misses))

    if ERRORS:
        print("\n%d ERRORS:" % len(ERRORS))
        for e in ERRORS[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nno errors")


if __name__ == "__main__":
    main()

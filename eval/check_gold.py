#!/usr/bin/env python3
"""Check a gold file (eval/README.md format) and prove it scores itself perfectly.

usage: check_gold.py GOLD.jsonl [--score PATH/score.py] [--keep SYSTEM.jsonl] [--cameo PATH/cameo.tsv]

1. Every line parses; each has "article", "article_date" and "events"; the article file exists
   beside the gold file, starts with the header `date YYYY-MM-DD` equal to article_date, and its
   name ends with that date.
2. Every gold event has the fields of the README (id, source, target, code, date, modality;
   optional, symmetric, location, or, note when present) with the right types and values:
   actor keys are ISO3-like upper-case keys or null, code prefixes are digits and prefixes of real
   CAMEO codes, dates are ISO prefixes (full dates must exist), modalities come from SPEC.md.
3. It builds a system file from the gold: one system event per required gold event, taking the
   first source, target, code (padded to a real 3- or 4-digit CAMEO code), date and modality, and
   runs the scorer on it. The check passes only when the scorer prints 'strict F1 1.000'.

Standard library only. Exit status 0 when everything passes, 1 otherwise.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MODALITIES = {"asserted", "planned", "expected", "possible", "negated"}
EVENT_FIELDS = ("id", "source", "target", "code", "date", "modality")
KNOWN_FIELDS = set(EVENT_FIELDS) | {"optional", "symmetric", "location", "or", "note"}
OR_FIELDS = {"source", "target", "code", "date", "modality"}
DATE_RE = re.compile(r"^\d{3,4}(-\d{1,2}(-\d{1,2})?)?$")
KEY_RE = re.compile(r"^[A-Z]{3}$")
HEADER_RE = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})(\s|$)")
SCORE_CANDIDATES = [os.path.join(HERE, "score.py"), "/work/shared/eval/score.py"]
CAMEO_CANDIDATES = [
    os.path.join(HERE, "..", "dyad-core", "src", "main", "resources", "dyad", "dict", "cameo.tsv"),
    "/work/shared/reference/cameo/cameo_codes.tsv",
]


def load_cameo(path):
    codes = []
    if not path or not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            first = line.split("\t", 1)[0].strip()
            if first.isdigit():
                codes.append(first)
    return sorted(set(codes)) or None


def first_existing(paths):
    for p in paths:
        if p and os.path.exists(p):
            return p
    return None


class Checker:
    def __init__(self, cameo):
        self.cameo = cameo
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def check_keys(self, where, name, value):
        if not isinstance(value, list) or not value:
            self.err(where, f"{name} must be a non-empty list of actor keys or null")
            return
        for k in value:
            if k is not None and not (isinstance(k, str) and KEY_RE.match(k)):
                self.err(where, f"{name} has a bad actor key {k!r}")

    def check_code(self, where, value):
        if not isinstance(value, list) or not value:
            self.err(where, "code must be a non-empty list of CAMEO code prefixes")
            return
        for c in value:
            if not (isinstance(c, str) and c.isdigit() and 1 <= len(c) <= 4):
                self.err(where, f"bad code prefix {c!r}")
            elif len(c) >= 2 and not ("01" <= c[:2] <= "20"):
                self.err(where, f"code prefix {c!r} has no CAMEO root 01..20")
            elif self.cameo and len(c) >= 2 and not any(k.startswith(c) for k in self.cameo):
                self.err(where, f"code prefix {c!r} is not the prefix of any CAMEO code")

    def check_date(self, where, value):
        values = value if isinstance(value, list) else [value]
        if isinstance(value, list) and not value:
            self.err(where, "date list is empty")
        for d in values:
            if d is None and not isinstance(value, list):
                continue
            if not (isinstance(d, str) and DATE_RE.match(d)):
                self.err(where, f"bad date {d!r} (an ISO prefix, a list of them, or null)")
            elif len(d) == 10:
                try:
                    datetime.date.fromisoformat(d)
                except ValueError:
                    self.err(where, f"date {d!r} does not exist")

    def check_modality(self, where, value):
        if not isinstance(value, list) or not value or any(m not in MODALITIES for m in value):
            self.err(where, f"modality must be a non-empty list from {sorted(MODALITIES)}: {value!r}")

    def check_event(self, where, ev):
        if not isinstance(ev, dict):
            self.err(where, "event is not an object")
            return
        for f in EVENT_FIELDS:
            if f not in ev:
                self.err(where, f"missing field {f}")
        for f in ev:
            if f not in KNOWN_FIELDS:
                self.err(where, f"unknown field {f}")
        if "source" in ev:
            self.check_keys(where, "source", ev["source"])
        if "target" in ev:
            self.check_keys(where, "target", ev["target"])
        if "code" in ev:
            self.check_code(where, ev["code"])
        if "date" in ev:
            self.check_date(where, ev["date"])
        if "modality" in ev:
            self.check_modality(where, ev["modality"])
        for b in ("optional", "symmetric"):
            if b in ev and not isinstance(ev[b], bool):
                self.err(where, f"{b} must be true or false")
        if "location" in ev:
            loc = ev["location"]
            if not isinstance(loc, list) or not loc or any(not (isinstance(k, str) and KEY_RE.match(k)) for k in loc):
                self.err(where, f"location must be a list of country keys: {loc!r}")
        if "note" in ev and not isinstance(ev["note"], str):
            self.err(where, "note must be a string")
        if "or" in ev:
            alts = ev["or"]
            if not isinstance(alts, list) or not alts:
                self.err(where, "or must be a non-empty list of partial overrides")
            else:
                for i, alt in enumerate(alts):
                    w = f"{where} or[{i}]"
                    if not isinstance(alt, dict) or not alt:
                        self.err(w, "must be a non-empty object")
                        continue
                    for f, v in alt.items():
                        if f not in OR_FIELDS:
                            self.err(w, f"field {f} cannot be overridden")
                        elif f in ("source", "target"):
                            self.check_keys(w, f, v)
                        elif f == "code":
                            self.check_code(w, v)
                        elif f == "date":
                            self.check_date(w, v)
                        elif f == "modality":
                            self.check_modality(w, v)


def actor(key):
    if key is None:
        return None
    if key in ("IGO", "IMG", "NGO", "MNC"):
        return {"text": key, "name": None, "country": None, "sector": None, "code": key}
    return {"text": key, "name": None, "country": key, "sector": None, "code": key}


def full_code(prefix, cameo):
    """The first real CAMEO code of 3 or 4 digits that starts with the prefix."""
    if cameo:
        for c in cameo:
            if c.startswith(prefix) and len(c) >= 3:
                return c
    return prefix.ljust(3, "0")


def system_from_gold(rows, cameo):
    out = []
    for row in rows:
        for ev in row.get("events", []):
            if ev.get("optional"):
                continue
            date = ev["date"][0] if isinstance(ev["date"], list) else ev["date"]
            code = full_code(ev["code"][0], cameo)
            out.append({
                "article": row["article"], "article_date": row.get("article_date"),
                "event_id": f"gold-{ev['id']}",
                "source": actor(ev["source"][0]), "target": actor(ev["target"][0]),
                "cameo": code, "root": code[:2], "date": date,
                "date_basis": "text", "modality": ev["modality"][0],
                "location": ({"name": None, "country": ev["location"][0], "lat": None, "lon": None}
                             if ev.get("location") else None),
                "attribution": None,
                "evidence": {"sentence": 0, "start": 0, "end": 0, "text": ev.get("note", "")},
                "confidence": 1.0,
            })
    return out


def main(argv):
    args, opts, i = [], {}, 0
    while i < len(argv):
        a = argv[i]
        if a in ("--score", "--keep", "--cameo") and i + 1 < len(argv):
            opts[a] = argv[i + 1]
            i += 2
            continue
        if a.startswith("--"):
            sys.exit(__doc__)
        args.append(a)
        i += 1
    if len(args) != 1:
        sys.exit(__doc__)
    gold_path = args[0]
    base = os.path.dirname(os.path.abspath(gold_path))
    cameo = load_cameo(opts.get("--cameo") or first_existing(CAMEO_CANDIDATES))
    chk = Checker(cameo)

    rows = []
    with open(gold_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                chk.err(f"line {n}", f"not JSON: {e}")
                continue
            rows.append(row)
            where = f"line {n}"
            for f_ in ("article", "article_date", "events"):
                if f_ not in row:
                    chk.err(where, f"missing {f_}")
            name = row.get("article", "")
            where = f"line {n} ({name})"
            path = os.path.join(base, str(name))
            if not os.path.isfile(path):
                chk.err(where, "article file not found beside the gold file")
            else:
                with open(path, encoding="utf-8") as af:
                    first = af.readline()
                m = HEADER_RE.match(first)
                if not m:
                    chk.err(where, "article has no 'date YYYY-MM-DD' header")
                elif m.group(1) != row.get("article_date"):
                    chk.err(where, f"header date {m.group(1)} differs from article_date {row.get('article_date')}")
                if not str(name).endswith(f"-{row.get('article_date')}.txt"):
                    chk.err(where, "file name does not end with -<article_date>.txt")
            events = row.get("events", [])
            if not isinstance(events, list):
                chk.err(where, "events must be a list")
                continue
            ids = [e.get("id") for e in events if isinstance(e, dict)]
            for dup in sorted({x for x in ids if ids.count(x) > 1}, key=str):
                chk.err(where, f"duplicate event id {dup}")
            for ev in events:
                chk.check_event(f"{where} {ev.get('id') if isinstance(ev, dict) else '?'}", ev)

    names = [r.get("article") for r in rows]
    for dup in sorted({x for x in names if names.count(x) > 1}, key=str):
        chk.err("gold", f"article {dup} has more than one line")
    on_disk = {f for f in os.listdir(base) if f.endswith(".txt")}
    for extra in sorted(on_disk - set(names)):
        chk.err("gold", f"article {extra} is in the folder but not in the gold file")

    required = sum(1 for r in rows for e in r.get("events", []) if isinstance(e, dict) and not e.get("optional"))
    optional = sum(1 for r in rows for e in r.get("events", []) if isinstance(e, dict) and e.get("optional"))
    print(f"{gold_path}: {len(rows)} articles, {required} required and {optional} optional gold events")
    if chk.errors:
        for e in chk.errors:
            print("ERROR", e)
        print(f"{len(chk.errors)} problem(s); the self-score is not run")
        return 1

    score = opts.get("--score") or first_existing(SCORE_CANDIDATES)
    if not score:
        print("ERROR score.py not found (give --score PATH)")
        return 1
    system = system_from_gold(rows, cameo)
    keep = opts.get("--keep")
    if keep:
        sys_path = keep
    else:
        fd, sys_path = tempfile.mkstemp(suffix=".jsonl", prefix="gold-as-system-")
        os.close(fd)
    try:
        with open(sys_path, "w", encoding="utf-8") as f:
            for ev in system:
                f.write(json.dumps(ev, ensure_ascii=False) + "\n")
        res = subprocess.run([sys.executable, score, gold_path, sys_path, "--per-article"],
                             capture_output=True, text=True)
    finally:
        if not keep:
            os.unlink(sys_path)
    out = res.stdout.strip().splitlines()
    articles = tuple(str(r.get("article")) for r in rows)
    for line in out:
        perfect = re.search(r": tp \d+ fp 0 fn 0 ", line)
        if not (line.startswith(articles) and perfect):
            print("  " + line)
    last = out[-1] if out else ""
    if res.returncode != 0 or last.strip() != "strict F1 1.000":
        print("FAIL: the gold read as a system does not score strict F1 1.000")
        if res.stderr:
            print(res.stderr)
        return 1
    print(f"OK: {len(system)} system events built from the gold score strict F1 1.000")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

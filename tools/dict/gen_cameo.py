#!/usr/bin/env python3
"""Build dyad's CAMEO event-code table with its PLOVER mapping.

Inputs (read only, nothing is downloaded):
  --cameo     reference/cameo/cameo_codes.tsv
              (CAMEO 1.1b3 codes: manual wording, GDELT Goldstein value, GDELT quad class)
  --gsr       reference/plover/plover_gsr_cameo.tsv            (optional, cross-check only)
  --examples  reference/cameo/cameo_code_descriptions_examples.tsv (optional, cross-check only)

Output:
  --out       dyad-core/src/main/resources/dyad/dict/cameo.tsv
              UTF-8 TSV, '#' comment lines, columns: code name goldstein quad_class plover

Usage (from the repository root):
  python3 tools/dict/gen_cameo.py --cameo /work/shared/reference/cameo/cameo_codes.tsv \
      --gsr /work/shared/reference/plover/plover_gsr_cameo.tsv \
      --examples /work/shared/reference/cameo/cameo_code_descriptions_examples.tsv \
      --out dyad-core/src/main/resources/dyad/dict/cameo.tsv

Where the PLOVER column comes from
----------------------------------
PLOVER keeps only CAMEO's two-digit cue categories and moves the three- and four-digit detail
into "mode" and "context" fields, so the mapping is "the root's PLOVER type" with a few
sub-codes that move to another type. The table below is written in this project's own form
(root default + exceptions) from these facts:

  * The CAMEO -> PLOVER crosswalk published by the PLOVER project (openeventdata/PLOVER,
    files CAMEO2PLOVER-2021.txt and cameo/CAMEO-PLOV.txt, CC BY-SA 4.0). It uses pre-0.8 names,
    which are renamed to PLOVER 0.8 (reference/plover/plover_ontology.json):
    DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT,
    COOPERATION -> COOPERATE.
  * The PLOVER gold-standard records built from the CAMEO manual's examples
    (reference/plover/plover_gsr_cameo.tsv); they agree with the crosswalk at the root level.
    Run with --gsr/--examples to print where a record disagrees (a handful: single sentences
    coded by what they describe rather than by their CAMEO code).
  * Where neither covers a code, or where the 0.8 manual's event/mode definitions settle a case
    differently, the PLOVER 0.8 manual's logic decides (see EXCEPTIONS and the notes there):
      - 01 MAKE PUBLIC STATEMENT: no PLOVER type (the manual drops comments): empty.
      - 02 APPEAL: REQUEST. The early manual says the 01/02 "comment" categories were dropped,
        but PLOVER 0.8 defines REQUEST as "all requests, demands, and orders", and SUPPORT's
        definition sends CAMEO APPEAL (an actor requesting support) away from SUPPORT; an appeal
        is a request, so 02x maps to REQUEST like 10x.
      - 08 YIELD is split: 080-083x (and root 08) CONCEDE, 084-087x and 0813/0814 RETREAT.
      - 116 Find guilty: SANCTION (0.8 SANCTION mode "convict"; the 2021 crosswalk had ACCUSE).
      - 163 Impose embargo, boycott, sanctions: SANCTION (0.8 SANCTION mode "discontinue" covers
        international sanctions; the 2021 crosswalk had COERCE).
      - 155 cyber-forces (1.1b3 addition): MOBILIZE; 176 Attack cybernetically: COERCE (0.8 COERCE
        mode "cyber"); 1834 location bombing, 1951/1952 precision-guided / remotely piloted aerial
        munitions: ASSAULT (modes explosives, aerial, drone).
"""
import argparse
import collections
import csv
import re
import sys

# PLOVER 0.8 event types.
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

# Default PLOVER type of each CAMEO root ("" = none).
ROOT_DEFAULT = {
    "01": "",           # statements: dropped by PLOVER
    "02": "REQUEST",    # appeals (see docstring)
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",    # verbal part of YIELD; material part below -> RETREAT
    "09": "ACCUSE",     # investigations (0.8 ACCUSE mode "investigate")
    "10": "REQUEST",    # demands
    "11": "ACCUSE",     # disapprove, accuse, sue
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",    # FIGHT is folded into ASSAULT in 0.8
    "20": "ASSAULT",
}

# Codes (and, with a trailing '*', all codes starting with that prefix) that leave their root's type.
EXCEPTIONS = [
    ("0813", "RETREAT"),   # ease curfew (crosswalk)
    ("0814", "RETREAT"),   # ease state of emergency / martial law (crosswalk)
    ("084*", "RETREAT"),   # return, release
    ("085*", "RETREAT"),   # ease economic sanctions
    ("086*", "RETREAT"),   # allow international involvement (mode "access")
    ("087*", "RETREAT"),   # de-escalate, ceasefire, demobilize, retreat
    ("116", "SANCTION"),   # find guilty (0.8 SANCTION mode "convict")
    ("175", "ASSAULT"),    # violent repression (crosswalk)
    ("1712", "ASSAULT"),   # destroy property (0.8 ASSAULT mode "destroy")
    ("191", "COERCE"),     # blockade, restrict movement (crosswalk; COERCE mode "restrict")
    ("192", "COERCE"),     # occupy territory (crosswalk)
]


def plover_for(code):
    best, best_len = None, -1
    for pat, typ in EXCEPTIONS:
        if pat.endswith("*"):
            ok = code.startswith(pat[:-1]) and len(pat) - 1 > best_len
            plen = len(pat) - 1
        else:
            ok = code == pat
            plen = len(pat) + 1  # an exact code beats a prefix
        if ok and plen > best_len:
            best, best_len = typ, plen
    if best is not None:
        return best
    return ROOT_DEFAULT[code[:2]]


OLD_TO_08 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT", "COOPERATION": "COOPERATE"}


def cross_check(rows, gsr_path, examples_path):
    """Match the GSR records (CAMEO manual examples coded in PLOVER) to CAMEO codes through the
    example sentences, and report records whose PLOVER type differs from the table's."""
    def norm(s):
        return re.sub(r"[^a-z0-9]", "", s.lower())
    with open(examples_path, encoding="utf-8") as f:
        ex = [(r["code"], norm(r["example"] or "")) for r in csv.DictReader(f, delimiter="\t")]
    ex = [(c, e) for c, e in ex if len(e) >= 40]
    table = {r[0]: r[4] for r in rows}
    matched, agree, differ = 0, 0, []
    with open(gsr_path, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            t = norm(r["text"])
            codes = {c for c, e in ex if t[:40] in e or e[:40] in t}
            for c in codes:
                matched += 1
                want = OLD_TO_08.get(r["event"], r["event"])
                if table.get(c) == want:
                    agree += 1
                else:
                    differ.append((c, table.get(c), want, r["id"]))
    print(f"cross-check: {matched} GSR records matched to a CAMEO example, {agree} agree", file=sys.stderr)
    for c, have, want, rid in sorted(differ):
        print(f"  {c}: table {have or '-'}, GSR record {rid} says {want}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cameo", required=True)
    ap.add_argument("--gsr")
    ap.add_argument("--examples")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    rows = []
    with open(a.cameo, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            code = r["code"].strip()
            if not re.fullmatch(r"\d{2,4}", code):
                raise SystemExit(f"bad code {code!r}")
            q = int(r["quad_class"])
            root = int(code[:2])
            expect_q = 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
            if q != expect_q:
                raise SystemExit(f"{code}: quad class {q}, expected {expect_q}")
            g = float(r["goldstein"])
            if not -10 <= g <= 10:
                raise SystemExit(f"{code}: goldstein {g}")
            p = plover_for(code)
            assert p == "" or p in PLOVER_TYPES, (code, p)
            rows.append((code, r["name"].strip(), f"{g:.1f}", str(q), p))

    codes = [r[0] for r in rows]
    if len(set(codes)) != len(codes):
        raise SystemExit("duplicate codes")
    rows.sort(key=lambda r: r[0])  # lexicographic: 01, 010, 011, ..., 0211, ...

    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tname\tgoldstein\tquad_class\tplover\n")
        f.write("# CAMEO 1.1b3 event codes (root, 3- and 4-digit). name: CAMEO manual 1.1b3 wording;"
                " goldstein: GDELT Goldstein lookup value (ICEWS value for 1213; parent's value for the"
                " 1.1b3 additions 155, 176, 1834, 1951, 1952, which have no published value);"
                " quad_class: 1 verbal coop (01-05), 2 material coop (06-09), 3 verbal conflict (10-14),"
                " 4 material conflict (15-20).\n")
        f.write("# plover: PLOVER 0.8 event type (empty = none). Mapping from the PLOVER project's CAMEO"
                " crosswalk (openeventdata/PLOVER, CC BY-SA 4.0) renamed to 0.8 types, settled by the"
                " PLOVER 0.8 manual where needed; see tools/dict/gen_cameo.py. Generated file: do not"
                " edit by hand.\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    cnt = collections.Counter(r[4] or "(none)" for r in rows)
    lv = collections.Counter(len(r[0]) for r in rows)
    print(f"wrote {len(rows)} codes to {a.out} (roots {lv[2]}, 3-digit {lv[3]}, 4-digit {lv[4]})", file=sys.stderr)
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())), file=sys.stderr)
    if a.gsr and a.examples:
        cross_check(rows, a.gsr, a.examples)


if __name__ == "__main__":
    main()

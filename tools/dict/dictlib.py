"""Shared helpers for the dyad dictionary generators (Python 3 standard library only).

Reads nothing by itself. Provides:
- paths of the reference data (/work/shared/reference) and of the output folder
  (dyad-core/src/main/resources/dyad/dict);
- read_tsv / write_tsv for the project's tab-separated dictionary format
  (comment lines start with '#', the first comment line names the columns, '|' separates
  alternatives inside a field);
- parse_phoenix(): a reader for the PETRARCH/TABARI actor dictionaries
  (Phoenix.*.actors.txt): entries with synonyms and dated codes such as
  `[USAGOV 690120-740809]`, `[SYRGOV >000717]`, `[X <date]`;
- small text helpers (accent folding, name keys, date parsing).
"""

import csv
import io
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(REPO, "dyad-core", "src", "main", "resources", "dyad", "dict")
REF = os.environ.get("DYAD_REFERENCE", "/work/shared/reference")

OPEN_END = ""  # empty end date = still in office as of 2025-12-31


def ref(*parts):
    return os.path.join(REF, *parts)


def here(*parts):
    return os.path.join(HERE, *parts)


def out(*parts):
    return os.path.join(OUT, *parts)


# ---------------------------------------------------------------- TSV

def read_tsv(path):
    """Read a dictionary TSV. Returns (columns, rows as dicts). Columns come from the
    first '#' line; blank lines and other comments are skipped. Rows with fewer fields are
    padded with empty strings."""
    cols = None
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                continue
            if line.startswith("#"):
                if cols is None:
                    cols = [c.strip() for c in line[1:].split("\t")]
                continue
            if cols is None:
                raise ValueError("%s: no column header before data" % path)
            parts = line.split("\t")
            if len(parts) > len(cols):
                raise ValueError("%s:%d: %d fields, expected %d: %r" % (path, lineno, len(parts), len(cols), line))
            parts += [""] * (len(cols) - len(parts))
            row = {c: p.strip() for c, p in zip(cols, parts)}
            row["_line"] = lineno
            rows.append(row)
    return cols, rows


def write_tsv(path, cols, rows, comments=()):
    """Write rows (dicts or sequences) with a column header line and extra comment lines."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# " + "\t".join(cols) + "\n")
        for c in comments:
            f.write("# " + c + "\n")
        for r in rows:
            vals = [r.get(c, "") for c in cols] if isinstance(r, dict) else list(r)
            vals = ["" if v is None else str(v) for v in vals]
            for v in vals:
                if "\t" in v or "\n" in v:
                    raise ValueError("tab or newline inside a field: %r" % (vals,))
            f.write("\t".join(vals) + "\n")


def split_alts(s):
    return [x.strip() for x in s.split("|") if x.strip()] if s else []


def join_alts(items):
    return "|".join(uniq(items))


def uniq(items):
    seen = set()
    outl = []
    for x in items:
        x = x.strip() if isinstance(x, str) else x
        if not x:
            continue
        if x in seen:
            continue
        seen.add(x)
        outl.append(x)
    return outl


# ---------------------------------------------------------------- text

def fold(s):
    """Strip accents: 'Erdoğan' -> 'Erdogan'."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d").replace("Đ", "D")


def key(s):
    """Comparison key for names: accent-folded, lower case, punctuation and spaces collapsed."""
    s = fold(s).lower()
    s = s.replace("’", "'")
    s = re.sub(r"[^a-z0-9']+", " ", s)
    return s.strip()


def person_id(name):
    s = fold(name).upper()
    s = re.sub(r"[^A-Z0-9]+", "_", s).strip("_")
    return s


def title_name(phrase):
    """'SERGEY_VIKTOROVICH_LAVROV_' -> 'Sergey Viktorovich Lavrov' (best effort)."""
    s = phrase.replace("_", " ").strip()
    s = re.sub(r"\s+", " ", s)
    words = []
    for w in s.split(" "):
        if not w:
            continue
        lw = w.lower()
        if lw in ("al", "el", "bin", "ibn", "bint", "de", "da", "van", "von", "der", "del", "la", "le", "di", "du", "dos", "das", "y", "ben", "abu") and words:
            words.append(lw)
            continue
        parts = re.split(r"([-'.])", lw)
        w2 = "".join(p[:1].upper() + p[1:] if p not in "-'." else p for p in parts)
        # al-Assad, el-Sisi: keep the article lower case
        w2 = re.sub(r"^(Al|El)-", lambda m: m.group(1).lower() + "-", w2) if words else w2
        words.append(w2)
    return " ".join(words)


# ---------------------------------------------------------------- dates

def parse_phoenix_date(s):
    s = s.strip()
    if not re.fullmatch(r"\d{6}|\d{8}", s):
        return None
    if len(s) == 6:
        yy = int(s[:2])
        year = 1900 + yy if yy >= 30 else 2000 + yy
        mm, dd = s[2:4], s[4:6]
    else:
        year, mm, dd = int(s[:4]), s[4:6], s[6:8]
    mm = "01" if mm == "00" else mm
    dd = "01" if dd == "00" else dd
    if not (1 <= int(mm) <= 12 and 1 <= int(dd) <= 31):
        return None
    return "%04d-%s-%s" % (year, mm, dd)


DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def valid_date(s):
    if not DATE_RE.match(s):
        return False
    y, m, d = (int(x) for x in s.split("-"))
    if not (1 <= m <= 12):
        return False
    mdays = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= d <= mdays[m - 1]


def days(s):
    import datetime
    return datetime.date.fromisoformat(s).toordinal()


# ---------------------------------------------------------------- Phoenix / TABARI actor dictionaries

CODE_RE = re.compile(r"\[([^\]]*)\]")


def parse_phoenix(path):
    """Parse a TABARI/PETRARCH .actors file into a list of entries:
    {'names': [primary, synonyms...] (raw phrases), 'codes': [(code, start, end)], 'comment': str,
     'section': last '#' section comment seen}. start/end are ISO dates or None (open)."""
    entries = []
    cur = None
    section = ""
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            s = line.strip()
            if s.startswith("#"):
                if not line.startswith("\t"):
                    section = s.lstrip("#").strip()
                continue
            body, _, comment = line.partition("#")
            if line.startswith("\t") or line.startswith(" ") and body.strip().startswith("["):
                if cur is None:
                    continue
                for c in CODE_RE.findall(body):
                    cur["codes"].append(_parse_code(c))
                continue
            if s.startswith("+"):
                if cur is None:
                    continue
                name = CODE_RE.sub("", body.strip()[1:]).strip()
                if name:
                    cur["names"].append(name)
                for c in CODE_RE.findall(body):
                    cur["codes"].append(_parse_code(c))
                continue
            # a new primary entry
            name = CODE_RE.sub("", body).strip()
            name = name.split(";")[0].strip()
            cur = {"names": [name] if name else [], "codes": [], "comment": comment.strip(), "section": section}
            for c in CODE_RE.findall(body):
                cur["codes"].append(_parse_code(c))
            entries.append(cur)
    return entries


def _parse_code(c):
    c = c.strip()
    parts = c.split()
    code = parts[0] if parts else ""
    start = end = None
    if len(parts) > 1:
        r = parts[1]
        if r.startswith(">"):
            start = parse_phoenix_date(r[1:])
        elif r.startswith("<"):
            end = parse_phoenix_date(r[1:])
        elif "-" in r:
            a, _, b = r.partition("-")
            start, end = parse_phoenix_date(a), parse_phoenix_date(b)
        else:
            start = parse_phoenix_date(r)
    return (code, start, end)

#!/usr/bin/env python3
"""Build dyad-core/src/main/resources/dyad/dict/people.tsv: one row per spell of a person in a role.

Reads (facts only; names and dates are re-derived into the project's own format):
  /work/shared/reference/leaders/archigos/archigos_4.1_leader_spells.csv   effective leaders to 2015 (Goemans, Gleditsch, Chiozza)
  /work/shared/reference/leaders/reign/leaderlist_3_21.csv                 REIGN leaders to March 2021 (Bell, Besaw, Frank)
  /work/shared/reference/leaders/curated_supplement_2021_2025.csv          10 hand-checked rows for 2021-2025
  /work/shared/reference/petrarch/dict/Phoenix.Countries.actors.txt        dated actor codes of officials (to ~2014, MIT)
  /work/shared/reference/petrarch/dict/Phoenix.International.actors.txt    heads of international organisations
  tools/dict/cow_iso3.tsv          COW state numbers -> ISO3 (hand-written)
  tools/dict/leader_roles.tsv      role of each state's effective leader (hand-written)
  tools/dict/leader_spells_fix.tsv names, aliases and corrections for Archigos/REIGN spells (hand-written)
  tools/dict/people_additions.tsv  hand-curated spells, mainly 2015-2025, other heads of state/government, ministers,
                                   rebel leaders, heads of IGOs (authoritative: replaces matching derived spells)
Writes:
  dyad-core/src/main/resources/dyad/dict/people.tsv
  columns: id name aliases country code start end role source
  (start/end YYYY-MM-DD; empty end = in office as of 2025-12-31; role hos|hog|hosg|fm|dm|rebel_leader|other)

Rules:
- Archigos spells ending 1970 or later; a spell Archigos marks "Still in Office" (censored at 2015-12-31) takes its end from
  the matching REIGN spell; REIGN spells after the last Archigos spell of a state are appended.
- Countries are ISO3 at the time of the spell (SUN, YUG, SCG, DDR, CSK, YMD, VDR for dissolved states).
- code = country + GOV for heads of state and government; hand rows give their own code.
- Phoenix spells: kept for G20 and Middle East states (and heads of IGOs) as role "other" where no authoritative row
  covers the same time; spells Phoenix leaves open ('>date') are closed at 2014-12-31 (the dictionary's last revision);
  ELI spells are not written (the resolver derives ELI after a GOV spell ends).
- Aliases: the hand aliases, name-like Phoenix synonyms (titles stripped), an accent-free form, and the surname alone
  for two-word names when the surname is not a common word (see SURNAME_STOP).
"""

import csv
import io
import re
import sys
import urllib.parse
from collections import defaultdict

import dictlib as L

FOCUS = set("ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA "
            "BHR CYP EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SYR ARE YEM DZA LBY MAR TUN SDN UKR "
            "SUN DDR".split())
PHOENIX_CAP = "2014-12-31"
LEADER_ROLES = {"hos", "hog", "hosg"}
SECTOR_CODES = set("GOV MIL COP JUD LEG OPP REB CVL BUS MED EDU HLH REL SPY LAB AGR REF PTY CRM UAF DEV ENV HRI".split())
VALID_ROLES = {"hos", "hog", "hosg", "fm", "dm", "rebel_leader", "other"}

SURNAME_STOP = set("""brown major scott taylor adams king young price clark martin moore palmer marshall key rice may kirk gray
grey green white black hill wood hall lee kim park li wang zhang chen liu yang wu ma khan singh ahmed ahmad ali hassan hussein
mohamed mohammed muhammad rahman islam abdullah salam said aziz saleh salem omar jordan chad george thomas james john paul
charles michel victor king prince sultan emir shah bin ibn jr sr ii iii iv vi banda moon sun hope love rose wing bird
mills house stone ford bush carter""".split()) - {"bush", "carter", "ford"}

TITLE_WORDS = set("""president presidents prime minister ministers ministry secretary mr mr. mrs mrs. ms senator ambassador general gen gen.
king queen prince princess sheikh shaikh emir amir sultan crown administration governor chancellor premier foreign defense defence
interior vice deputy acting former ex chairman chief leader commander spokesman dr dr. prof professor ayatollah mullah lt col
colonel admiral marshal field state the of government regime party council army forces""".split())
DEMONYM_HINT = re.compile(r"^(u\.?s\.?|us|american|russian|british|french|german|chinese|israeli|iranian|iraqi|syrian|turkish|"
                          r"saudi|egyptian|japanese|indian|united|soviet)$", re.I)


def log(*a):
    print(*a, file=sys.stderr)


# ---------------------------------------------------------------- inputs

def load_cow():
    _, rows = L.read_tsv(L.here("cow_iso3.tsv"))
    return rows


def cow_iso(cow, ccode, abbr, date):
    for r in cow:
        if (r["ccode"] == ccode or (abbr and abbr in r["cow"].split("|") and not ccode)) and \
                (not r["from"] or r["from"] <= date) and (not r["to"] or date <= r["to"]):
            return r["iso3"]
    for r in cow:
        if r["ccode"] == ccode:
            return r["iso3"]
    return None


def load_roles():
    _, rows = L.read_tsv(L.here("leader_roles.tsv"))
    return rows


def role_for(roles, iso3, date):
    best = None
    for r in roles:
        if r["iso3"] != iso3:
            continue
        if (not r["from"] or r["from"] <= date) and (not r["to"] or date <= r["to"]):
            best = r["role"]  # later rows override
    return best or "hosg"


def load_fixes():
    _, rows = L.read_tsv(L.here("leader_spells_fix.tsv"))
    fx = {}
    for r in rows:
        if r["key"] in fx:  # several rows for one key: later non-empty fields win
            for k, v in r.items():
                if v and k != "_line":
                    fx[r["key"]][k] = v
            continue
        fx[r["key"]] = r
    return fx


def read_reign():
    lines = []
    with open(L.ref("leaders", "reign", "leaderlist_3_21.csv"), "rb") as f:
        for raw in f:
            try:
                lines.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                lines.append(raw.decode("cp1252"))
    rows = list(csv.reader(io.StringIO("".join(lines))))
    return rows[1:]


def month_end(y, m):
    import calendar
    return "%04d-%02d-%02d" % (y, m, calendar.monthrange(y, m)[1])


# ---------------------------------------------------------------- names

def clean_name(n):
    n = n.replace("\ufffd", "").strip()
    n = re.sub(r"\s*\(.*?\)\s*", " ", n).strip()
    n = re.sub(r"^(Sir|Dr\.?|Sheikh|Hojatolislam Sayyed|Prince)\s+", "", n)
    n = re.sub(r"\s+", " ", n)
    return n


def name_from_uri(u):
    n = urllib.parse.unquote(u.rsplit("/", 1)[1]).replace("_", " ")
    return clean_name(n)


def phoenix_name(raw):
    return clean_name(L.title_name(raw))


def namelike_alias(raw):
    """A Phoenix synonym as a bare name, or None when it is a title phrase or institution."""
    s = raw.replace("_", " ").strip()
    s = re.sub(r"\s+", " ", s)
    if not s or any(ch.isdigit() for ch in s):
        return None
    words = s.lower().split()
    if any(w.strip(".,") in TITLE_WORDS for w in words):
        return None
    if any(DEMONYM_HINT.match(w) for w in words):
        return None
    if len(s) < 4:
        return None
    return clean_name(L.title_name(s))


# naming customs where the last word is not the name news uses alone (family name first, patronymics, mononyms)
NO_SURNAME = set("KHM MMR VNM VDR XSV LAO THA IDN BTN ETH ERI ISL SOM MNG".split())


def surname_aliases(name, country):
    toks = name.replace(",", " ").split()
    toks = [t for t in toks if t not in ("Jr.", "Jr", "Sr.", "II", "III", "IV", "VI")]
    out = []
    if len(toks) < 2:
        return out
    if re.search(r"\b(bin|ibn|bint|Al|of)\b", name):
        return out
    if country in NO_SURNAME:
        return out
    if country in ("CHN", "TWN", "KOR", "PRK"):
        sur = toks[0]
    else:
        if len(toks) != 2 and not toks[-1].lower().startswith(("al-", "el-")):
            return out
        sur = toks[-1]
    base = sur
    if sur.lower().startswith(("al-", "el-")):
        base = sur[3:]
        out.append(sur)
    if L.fold(base).lower() in SURNAME_STOP or len(base) < 3:
        return [a for a in out if L.fold(a[3:]).lower() not in SURNAME_STOP]
    out.append(base)
    return out


# ---------------------------------------------------------------- build

def spell(pid, name, aliases, country, code, start, end, role, source):
    return {"id": pid, "name": name, "aliases": list(aliases), "country": country or "", "code": code,
            "start": start or "", "end": end or "", "role": role, "source": source}


def apply_fix(sp, fx):
    if fx.get("name"):
        sp["name"] = fx["name"]
        sp["id"] = L.person_id(fx["name"])
    if fx.get("aliases"):
        sp["aliases"] = L.split_alts(fx["aliases"]) + sp["aliases"]
    if fx.get("country"):
        sp["country"] = fx["country"]
    if fx.get("role"):
        sp["role"] = fx["role"]
    if fx.get("start"):
        sp["start"] = fx["start"]
    if fx.get("end"):
        sp["end"] = fx["end"]
    if sp["role"] != "drop" and sp["country"]:
        sp["code"] = sp["country"] + ("GOV" if sp["role"] in LEADER_ROLES or sp["role"] == "other" else sp["code"][3:])
    return sp


def build_leaders(cow, roles, fixes, phoenix_people):
    used_fix = set()
    arch = list(csv.DictReader(open(L.ref("leaders", "archigos", "archigos_4.1_leader_spells.csv"), encoding="utf-8")))
    reign = read_reign()

    # REIGN spells per ccode, with computed ends
    rg = defaultdict(list)
    for x in reign:
        stateabb, ccode, leadid, leader = x[0], x[1], x[2], x[3]
        try:
            sd, sm, sy = int(x[4]), int(x[5]), int(x[6])
        except ValueError:
            continue
        start = "%04d-%02d-%02d" % (sy, sm, sd)
        end = month_end(int(x[8]), int(x[7])) if x[8] and x[7] else ""
        rg[ccode].append({"key": "REIGN:" + leadid, "abbr": stateabb, "leader": leader.strip(), "start": start, "end": end,
                          "open": not x[8]})
    for cc, lst in rg.items():
        lst.sort(key=lambda r: r["start"])
        for i, r in enumerate(lst):
            fx = fixes.get(r["key"])
            if fx and fx.get("start"):
                r["start"] = fx["start"]
        lst.sort(key=lambda r: r["start"])
        for i, r in enumerate(lst):
            nxt = lst[i + 1]["start"] if i + 1 < len(lst) else None
            if r["open"]:
                r["end"] = nxt or ""
            elif nxt and r["end"][:7] == nxt[:7]:
                r["end"] = nxt
            elif nxt and r["end"] > nxt:
                r["end"] = nxt

    out = []
    last_start = {}
    arch_by_cc = defaultdict(list)
    for x in arch:
        if x["enddate"] < "1970-01-01":
            continue
        arch_by_cc[x["ccode"]].append(x)
    for cc, lst in arch_by_cc.items():
        lst.sort(key=lambda x: x["startdate"])
        last_start[cc] = lst[-1]["startdate"]
        for x in lst:
            key = x["obsid"]
            start, end = x["startdate"], x["enddate"]
            iso = cow_iso(cow, cc, x["idacr"], start)
            if x["exit"] == "Still in Office":
                end = ""
                for r in rg.get(cc, []):
                    if abs(L.days(r["start"]) - L.days(start)) <= 45:
                        end = r["end"]
                        r["matched"] = True
                        rfx = fixes.get(r["key"])
                        if rfx:
                            used_fix.add(r["key"])
                            if rfx.get("end"):
                                end = rfx["end"]
                        break
            uri = x["dbpedia.uri"]
            name = None
            if uri.startswith("http"):
                name = name_from_uri(uri)
            elif len(L.key(x["leader"]).split()) >= 2 and "," not in x["leader"]:
                name = clean_name(x["leader"])
            else:
                name = phoenix_people.best_match(iso, x["leader"], start, end or "2015-12-31")
            fx = fixes.get(key)
            if not name and fx and fx.get("name"):
                name = fx["name"]
            if not name:
                log("no name for", key, x["leader"])
                name = clean_name(x["leader"])
            role = role_for(roles, iso, start)
            sp = spell(L.person_id(name), name, [], iso, iso + "GOV", start, end, role, "archigos4.1:" + key)
            if fx:
                used_fix.add(key)
                apply_fix(sp, fx)
            out.append(sp)

    # REIGN spells after the last Archigos spell of each state (and states Archigos lacks)
    for cc, lst in rg.items():
        for r in lst:
            if r.get("matched"):
                continue
            if r["end"] and r["end"] < "1970-01-01":
                continue
            if cc == "331":  # San Marino's six-monthly captains regent: not coded
                continue
            if cc in last_start and r["start"] <= L_add(last_start[cc], 45):
                continue
            iso = cow_iso(cow, cc, r["abbr"], r["start"])
            if iso is None:
                log("no ISO3 for REIGN", cc, r)
                continue
            if any(o["country"] == iso and o["source"].startswith("archigos") and
                   abs(L.days(o["start"]) - L.days(r["start"])) <= 100 for o in out):
                continue  # the same spell under another COW number (e.g. Serbia 340/345)
            fx = fixes.get(r["key"])
            name = clean_name(r["leader"])
            if not (fx and fx.get("name")) and len(name.split()) < 2:
                log("REIGN spell without a full name, skipped:", r["key"], r["leader"], r["start"])
                continue
            role = role_for(roles, iso, r["start"])
            sp = spell(L.person_id(name), name, [], iso, iso + "GOV", r["start"], r["end"], role, "reign:" + r["key"][6:])
            if fx:
                used_fix.add(r["key"])
                apply_fix(sp, fx)
            out.append(sp)
    for k in fixes:
        if k not in used_fix:
            log("fix not used:", k)
    return [s for s in out if s["role"] != "drop"]


def L_add(date, n):
    import datetime
    return (datetime.date.fromisoformat(date) + datetime.timedelta(days=n)).isoformat()


SUPP_ROLE = {"head_of_state_and_government": "hosg", "head_of_state": "hos", "rebel_leader": "rebel_leader",
             "de_facto_leader": "hos", "head_of_government": "hog"}


def load_supplement():
    out = []
    with open(L.ref("leaders", "curated_supplement_2021_2025.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            role = SUPP_ROLE.get(r["role"])
            if role is None:  # opposition_or_candidate: ELI is derived by the resolver
                continue
            out.append(spell(r["actor_id"], r["name"], L.split_alts(r["aliases"]), r["country_iso3"], r["cameo_code"],
                             r["start"], r["end"], role, "supplement"))
    return out


def load_additions():
    cols, rows = L.read_tsv(L.here("people_additions.tsv"))
    out = []
    for r in rows:
        pid = r["id"] or L.person_id(r["name"])
        out.append(spell(pid, r["name"], L.split_alts(r["aliases"]), r["country"], r["code"], r["start"], r["end"],
                         r["role"], r["source"] or "hand"))
    return out


def same_slot(a, b):
    """Two spells describing the same office period of the same person."""
    if a["id"] != b["id"]:
        return False
    ga = "L" if a["role"] in LEADER_ROLES else a["role"]
    gb = "L" if b["role"] in LEADER_ROLES else b["role"]
    if ga != gb:
        return False
    if a["country"] != b["country"]:
        return False
    if not a["start"] or not b["start"]:
        return False
    return abs(L.days(a["start"]) - L.days(b["start"])) <= 75


def merge_authoritative(base, extra):
    for e in extra:
        hit = [i for i, b in enumerate(base) if same_slot(b, e)]
        if hit:
            b = base[hit[0]]
            e["aliases"] = e["aliases"] + b["aliases"]
            base[hit[0]] = e
            for i in sorted(hit[1:], reverse=True):
                del base[i]
        else:
            base.append(e)
    return base


# ---------------------------------------------------------------- Phoenix people

PERSON_SECTIONS = re.compile(r"U\.S\. Presidents|Vice Presidents|Secretaries of State|Secretaries of Defense|Attorneys General|"
                             r"Homeland Security|Ambassadors to the UN|Chiefs of Staff|Security Advisors|Trade Representative|"
                             r"Central\(National\) Intelligence|Federal Reserve", re.I)


class PhoenixPeople:
    def __init__(self):
        self.entries = []
        for fn in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
            for e in L.parse_phoenix(L.ref("petrarch", "dict", fn)):
                if not e["names"]:
                    continue
                prim = e["names"][0]
                is_person = "CountryInfo" in e["comment"] or PERSON_SECTIONS.search(e["section"] or "") or \
                    "IGOrulers" in e["comment"]
                if fn.startswith("Phoenix.International") and any(c[1] or c[2] for c in e["codes"]):
                    is_person = is_person or bool(re.search(r"_", prim.strip("_")))
                words = re.split(r"[\s\-]+", prim.strip("_").lower().replace("_", " "))
                if len(words) < 2 or any(w.strip(".") in TITLE_WORDS for w in words):
                    is_person = False
                if not is_person:
                    continue
                e["display"] = phoenix_name(prim)
                e["countries"] = {c[:3] for c, s, t in e["codes"] if len(c) >= 3}
                self.entries.append(e)
        self.by_surname = defaultdict(list)
        for e in self.entries:
            for n in e["names"]:
                toks = L.key(L.title_name(n)).split()
                if len(toks) >= 2:
                    for t in toks[1:]:
                        for c in e["countries"]:
                            self.by_surname[(c, t)].append(e)

    def best_match(self, iso, leader, start, end):
        toks = L.key(leader).split()
        if not toks:
            return None
        best = (0, None)
        for e in self.by_surname.get((iso, toks[-1]), []):
            ov = 0
            for code, a, b in e["codes"]:
                if code[3:6] != "GOV":
                    continue
                lo, hi = max(a or "1900-01-01", start), min(b or "2015-12-31", end)
                if lo <= hi:
                    ov += L.days(hi) - L.days(lo) + 1
            if ov > best[0]:
                best = (ov, e["display"])
        return best[1]

    def spells(self):
        out = []
        for e in self.entries:
            cs = [c for c in e["codes"] if c[1] or c[2]]
            if not cs:
                continue
            aliases = [a for a in (namelike_alias(n) for n in e["names"][1:]) if a]
            for code, a, b in cs:
                code = re.sub(r"[^A-Z]", "", code.upper())
                if len(code) < 6:
                    continue
                cty, sec = code[:3], code[3:6]
                if sec == "ELI" or not a:
                    continue
                igo = cty == "IGO" or cty == "NGO"
                if not igo and cty not in FOCUS:
                    continue
                if not igo and sec not in SECTOR_CODES:
                    continue  # a territory sub-code (GBRVGB..., USAPRI...), not a sector
                end = b or ""
                if not b:
                    end = PHOENIX_CAP if (a or "") <= PHOENIX_CAP else ""
                if a and end and end < a:
                    continue
                if end and end < "1970-01-01":
                    continue
                keep = code if len(code) in (6, 9) else code[:6]
                out.append(spell(L.person_id(e["display"]), e["display"], aliases, "" if igo else cty, keep,
                                 a or "", end, "other", "phoenix"))
        return out


LOOSE_MAP = {"mohammed": "muhammad", "mohammad": "muhammad", "mohamed": "muhammad", "muhammed": "muhammad", "mohamad": "muhammad",
             "abdallah": "abdullah", "abdulla": "abdullah", "zayid": "zayed", "zaid": "zayed", "nuhayyan": "nahyan",
             "nahayan": "nahyan", "maktum": "maktoum", "ibn": "bin", "ahmed": "ahmad", "hussein": "husayn", "husain": "husayn",
             "hassan": "hasan", "yusuf": "yousef", "youssef": "yousef", "khalifah": "khalifa", "thani": "thani",
             "sabah": "sabah", "jabir": "jaber", "faysal": "faisal", "sergei": "sergey", "yuri": "yury", "dmitri": "dmitry",
             "aleksandr": "alexander", "aleksandar": "alexander", "andrei": "andrey", "nikolai": "nikolay", "alexei": "alexey",
             "aleksei": "alexey", "mikhail": "mikhail", "georgy": "georgiy", "jasim": "jassim", "umar": "omar",
             "anatoliy": "anatoly", "gibran": "gebran", "nawwaf": "nawaf", "haythim": "haitham", "thamir": "thamer"}
LOOSE_DROP = {"al", "el", "as", "ash", "ad", "bin", "bint", "abu", "ould", "ben", "de", "da", "van", "von", "der", "sheikh", "shaikh"}


def loose_key(name):
    toks = []
    for t in re.split(r"[\s\-']+", L.key(name)):
        if not t or t in LOOSE_DROP:
            continue
        t = LOOSE_MAP.get(t, t)
        toks.append(t)
    # all significant tokens, spelling-normalised: merges transliteration variants, not different people
    return tuple(toks)


def overlaps(a, b):
    a0, a1 = a["start"] or "0000-00-00", a["end"] or "9999-12-31"
    b0, b1 = b["start"] or "0000-00-00", b["end"] or "9999-12-31"
    return a0 <= b1 and b0 <= a1


# ---------------------------------------------------------------- main

def main():
    cow, roles, fixes = load_cow(), load_roles(), load_fixes()
    ph = PhoenixPeople()
    spells = build_leaders(cow, roles, fixes, ph)
    log("archigos+reign spells:", len(spells))
    spells = merge_authoritative(spells, load_supplement())
    adds = load_additions()
    spells = merge_authoritative(spells, adds)
    # drop derived leader spells contradicted by hand rows: same country, leader role class overlapping a hand row of
    # the same role class held by a different person is fine (hos and hog coexist), so only exact duplicates go.
    auth_ids = defaultdict(list)
    for s in spells:
        auth_ids[s["id"]].append(s)
    loose = defaultdict(set)
    for pid, lst in auth_ids.items():
        for s in lst:
            if s["country"] or s["code"][:3] in ("IGO", "NGO", "IMG"):
                for nm in [s["name"]] + s["aliases"]:
                    lk = loose_key(nm)
                    if len(lk) >= 2:
                        loose[(s["country"], lk)].add(pid)
    n_ph = n_merged = 0
    extra_alias = defaultdict(set)
    _, merge_rows = L.read_tsv(L.here("phoenix_merge.tsv"))
    explicit = {L.key(r["phoenix_name"]): L.person_id(r["name"]) for r in merge_rows}
    by_country_keys = defaultdict(list)
    for (cty, lk), pids in loose.items():
        by_country_keys[cty].append((lk, pids))
    for p in ph.spells():
        lk = loose_key(p["name"])
        hits = set(loose.get((p["country"], lk), set())) if len(lk) >= 2 else set()
        if not hits and len(lk) >= 3:
            # the Phoenix name adds middle names: same first and last name, curated tokens a subset
            for ck, pids in by_country_keys.get(p["country"], []):
                if len(ck) >= 2 and ck[0] == lk[0] and ck[-1] == lk[-1] and set(ck) <= set(lk):
                    hits |= pids
        if L.key(p["name"]) in explicit and explicit[L.key(p["name"])] in auth_ids:
            hits = {explicit[L.key(p["name"])]}
        if len(hits) == 1 and p["id"] not in auth_ids:
            target = next(iter(hits))
            p["aliases"] = p["aliases"] + [p["name"]]
            extra_alias[target].update(p["aliases"])
            p["name"] = auth_ids[target][0]["name"]
            p["id"] = target
            n_merged += 1
        mine = auth_ids.get(p["id"], [])
        if any(m["country"] == p["country"] and overlaps(m, p) for m in mine):
            continue
        if any(m["country"] == p["country"] and m["code"] == p["code"] and m["start"] == p["start"] for m in mine):
            continue
        auth_ids[p["id"]].append(p)
        spells.append(p)
        n_ph += 1
    log("phoenix spells kept:", n_ph, "(merged into hand-curated persons by a loose name key:", n_merged, ")")

    # aliases: union per person, plus folded and surname forms
    by_id = defaultdict(list)
    for s in spells:
        by_id[s["id"]].append(s)
    rows = []
    for pid, lst in by_id.items():
        names = L.uniq([s["name"] for s in lst])
        name = names[0]
        # prefer the name of a hand-written spell
        for s in lst:
            if s["source"] in ("hand", "supplement") or s["source"].startswith(("archigos", "reign")):
                name = s["name"]
                break
        al = []
        for s in lst:
            al += s["aliases"]
        al += names[1:]
        al += sorted(extra_alias.get(pid, ()))
        country = next((s["country"] for s in lst if s["country"]), "")
        if not any(s["source"] == "phoenix" for s in lst) or any(s["role"] != "other" for s in lst):
            al += surname_aliases(name, country)
        al2 = []
        for a in [name] + al:
            al2.append(a)
            f = L.fold(a)
            if f != a:
                al2.append(f)
        aliases = [a for a in L.uniq(al2) if a != name]
        for s in sorted(lst, key=lambda s: (s["start"], s["end"])):
            if s["role"] not in VALID_ROLES:
                raise SystemExit("bad role %r in %r" % (s["role"], s))
            rows.append({"id": pid, "name": name, "aliases": "|".join(aliases), "country": s["country"], "code": s["code"],
                         "start": s["start"], "end": s["end"], "role": s["role"], "source": s["source"]})
    # rows of one person together, latest spell first (a reader that takes a person's country from its first row gets
    # the current one: Guterres -> UN, not Portugal); persons ordered by that country, then by name
    latest = {}
    for r in rows:
        if r["id"] not in latest or r["start"] > latest[r["id"]]["start"]:
            latest[r["id"]] = r
    rows.sort(key=lambda r: (latest[r["id"]]["country"] or "~", latest[r["id"]]["name"], r["id"],
                             "~" if not r["end"] else r["end"], r["start"]), reverse=False)
    grouped = defaultdict(list)
    order = []
    for r in rows:
        if r["id"] not in grouped:
            order.append(r["id"])
        grouped[r["id"]].append(r)
    rows = [x for pid in order for x in sorted(grouped[pid], key=lambda r: r["start"], reverse=True)]
    L.write_tsv(L.out("people.tsv"), ["id", "name", "aliases", "country", "code", "start", "end", "role", "source"], rows,
                comments=["One row per spell of a person in a role; empty end = in office as of 2025-12-31; ELI (former) is derived, not written.",
                          "A person's rows are contiguous, latest spell first.",
                          "Sources: Archigos 4.1 (Goemans, Gleditsch, Chiozza), REIGN 2021-03 (Bell, Besaw, Frank), PETRARCH/Phoenix actor dictionaries (Open Event Data Alliance, MIT),",
                          "dyad's own hand-curated tables (tools/dict/people_additions.tsv, leader_spells_fix.tsv). Generated by tools/dict/build_people.py: edit those, not this file."])
    log("people.tsv:", len(rows), "rows,", len(by_id), "persons")


if __name__ == "__main__":
    main()

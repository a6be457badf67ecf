#!/usr/bin/env python3
"""A throw-away corpus for the Spark benchmark: N articles made from the project's evaluation set (eval/own/*.txt)
by moving each article's header date (by whole weeks, so weekdays in the text keep their meaning), shuffling
its paragraphs after the first and signing it off with its number (so no two bodies are the same and none is
"already known"). Different bytes, the same kind of news: what the coder costs per article.

    python3 dyad-spark/bench/generate.py --count 2000 --out /tmp/dyad-bench [--seed 1] [--as jsonl|txt]
"""
import argparse
import datetime
import json
import pathlib
import random
import re

HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--source", default=str(pathlib.Path(__file__).resolve().parents[2] / "eval" / "own"))
    ap.add_argument("--as", dest="form", choices=["txt", "jsonl"], default="txt",
                    help="one file per article, or JSON Lines files of 500 articles")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    bases = []
    for f in sorted(pathlib.Path(a.source).glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        m = HEADER.match(text)
        if not m:
            continue
        date = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        paragraphs = [p for p in text[m.end():].split("\n") if p.strip()]
        bases.append((f.stem, date, paragraphs))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(a.count):
        stem, date, paragraphs = bases[i % len(bases)]
        day = date + datetime.timedelta(weeks=rnd.randint(-150, 150))
        rest = paragraphs[1:]
        rnd.shuffle(rest)
        body = "\n".join([paragraphs[0]] + rest + [f"(Bench wire item {i + 1}.)"]) + "\n"
        name = f"g{i:06d}-{stem}"
        if a.form == "txt":
            (out / f"{name}.txt").write_text(f"date {day.isoformat()} {body}", encoding="utf-8")
        else:
            lines.append(json.dumps({"id": name, "date": day.isoformat(), "url": f"https://bench.example/{name}",
                                     "source": "bench", "title": stem, "text": body}))
            if len(lines) == 500 or i == a.count - 1:
                (out / f"bench-{i // 500:04d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
                lines = []
    print(f"{a.count} articles from {len(bases)} originals in {out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Rebuild all of dyad's actor dictionaries and validate them.

Runs, in order: build_countries.py (countries.tsv, historical_countries.tsv), build_organisations.py (organisations.tsv),
build_sectors.py (sectors.tsv), build_people.py (people.tsv), then check_dicts.py. Reads and writes what those scripts
document; output goes to dyad-core/src/main/resources/dyad/dict/. Exit status: that of the first failing step.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STEPS = ["build_countries.py", "build_organisations.py", "build_sectors.py", "build_people.py", "check_dicts.py"]

for step in STEPS:
    print("==", step, flush=True)
    rc = subprocess.call([sys.executable, os.path.join(HERE, step)], cwd=HERE)
    if rc:
        sys.exit(rc)

#!/usr/bin/env python3
"""The house figures of issue 12 ("One house"), measured on the working tree.

    scripts/house.py              long files, layering, duplicate pairs
    scripts/house.py --list       also: list the duplicate pairs counted
    scripts/house.py --warnings   also: compiler warnings of every source of
                                  build/dev (needs compile_commands.json; runs
                                  the compiler with -fsyntax-only, 2 jobs)

Long files: sources of models/, ui/, app/ over 700 lines. Layering: includes
from a models/ folder to one after it in models/CMakeLists.txt's order.
Duplicates: pairs of places sharing 6 or more lines (the `duplicates`
command, when it is installed), translations and test data left out; the
pairs it marks boilerplate (thin shapes: class declarations, Qt Test slot
lists) are counted apart.
"""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(root)

def sources(folders):
    for folder in folders:
        for base, _, files in os.walk(folder):
            for f in files:
                if f.endswith(('.cpp', '.h')):
                    yield os.path.join(base, f)

long_files = []
for path in sorted(sources(['models', 'ui', 'app'])):
    with open(path, encoding='utf-8') as f:
        n = sum(1 for _ in f)
    if n > 700:
        long_files.append((n, path))
print(f"files over 700 lines: {len(long_files)}")
for n, path in sorted(long_files, reverse=True):
    print(f"  {n:5d} {path}")

cmake = open('models/CMakeLists.txt', encoding='utf-8').read()
order = re.search(r'set\(WAYMARK_MODEL_FOLDERS ([a-z ]+)\)', cmake).group(1).split()
rank = {f: i for i, f in enumerate(order)}
back = []
for path in sources(['models']):
    folder = path.split(os.sep)[1]
    for line in open(path, encoding='utf-8'):
        m = re.match(r'#include "([a-z]+)/', line)
        if m and m.group(1) in rank and folder in rank and rank[m.group(1)] > rank[folder]:
            back.append(f"{path} includes {m.group(1)}/")
print(f"includes from a lower models/ folder to a higher one: {len(back)}")
for b in back:
    print("  " + b)

if shutil.which('duplicates'):
    out = subprocess.run(['duplicates', '--most', '200', '--seconds', '120'], capture_output=True, text=True).stdout
    pairs = [l for l in out.splitlines() if re.match(r'D\d+ ', l)
             and 'translations/' not in l and 'tests/data/' not in l]
    thin = [l for l in pairs if ' boilerplate' in l]
    print(f"duplicate pairs (6+ lines, translations and test data left out): {len(pairs) - len(thin)}"
          f" (and {len(thin)} the duplicates command marks boilerplate: thin shapes such as test-class declarations)")
    if '--list' in sys.argv:
        for l in pairs:
            if l not in thin:
                print("  " + l)
else:
    print("duplicate pairs: the duplicates command is not installed here")

if '--warnings' in sys.argv:
    commands = json.load(open('build/dev/compile_commands.json'))
    jobs = []
    for c in commands:
        if '_autogen' in c['file'] or '/build/' in c['file']:
            continue
        args = shlex.split(c['command'])
        if os.path.basename(args[0]) == 'ccache':
            args = args[1:]
        kept, skip = [], False
        for a in args:
            if skip:
                skip = False
            elif a == '-o':
                skip = True
            elif a != '-c':
                kept.append(a)
        jobs.append((kept + ['-fsyntax-only', '-Wall', '-Wextra', '-Wpedantic'], c['directory']))
    def run(job):
        return subprocess.run(job[0], cwd=job[1], capture_output=True, text=True).stderr
    with ThreadPoolExecutor(2) as pool:
        text = ''.join(pool.map(run, jobs))
    warnings = sorted(set(l for l in text.splitlines() if ': warning: ' in l))
    print(f"compiler warnings (-Wall -Wextra -Wpedantic): {len(warnings)}")
    for w in warnings[:50]:
        print("  " + w)

"""The share of library lines wider than 120 columns (the notebooks' exported code, as nbdev writes it): fails above 3%."""
import sys
from pathlib import Path
WIDTH, MOST = 120, 0.03
files = [f for f in sorted(Path(__file__).parents[1].joinpath('sdrm_nb').glob('*.py')) if f.name != '_modidx.py']
lines = [(f.name, i + 1, l) for f in files for i, l in enumerate(f.read_text().splitlines())]
wide = [(f, i, l) for f, i, l in lines if len(l) > WIDTH]
print(f"library lines over {WIDTH} columns: {len(wide)} of {len(lines)} ({len(wide) / len(lines):.1%}; at most {MOST:.0%})")
if len(wide) > MOST * len(lines):
    for f, i, l in wide: print(f"  {f}:{i}: {len(l)} columns")
    sys.exit(1)

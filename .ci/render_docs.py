"""Render the documentation without Quarto: nbdev processes the notebooks into _proc/, smalldocs renders
_proc/ (its _quarto.yml) into _docs/, and README.md is written from nbs/index.ipynb."""
import json, shutil, subprocess, sys
from pathlib import Path
from nbdev.config import get_config
from nbdev.quarto import refresh_quarto_yml, nbdev_sidebar
from nbdev.doclinks import _build_modidx
from nbdev.serve import proc_nbs

def readme(nb_path, dest):
    "README.md from the index notebook: markdown cells as they are, code cells and their text outputs fenced, hidden cells left out."
    nb, out = json.loads(Path(nb_path).read_text()), []
    for c in nb['cells']:
        src = ''.join(c['source'])
        if c['cell_type'] == 'markdown':
            out.append(src.replace('> ', '', 1) if src.startswith('> ') else src); continue
        if src.lstrip().startswith(('#| hide', '#|hide')): continue
        out.append(f'```python\n{src}\n```')
        for o in c.get('outputs', []):
            if 'image/png' in o.get('data', {}): continue  # plots live on the site, not in the README
            txt = ''.join(o.get('text', '') or o.get('data', {}).get('text/plain', ''))
            if txt: out.append(f'```\n{txt.rstrip()}\n```')
    Path(dest).write_text('\n\n'.join(out) + '\n')

if __name__ == '__main__':
    cfg = get_config()
    refresh_quarto_yml(); _build_modidx(); nbdev_sidebar.__wrapped__()
    cache = proc_nbs(n_workers=2, force=True)
    subprocess.run([shutil.which('smalldocs') or 'smalldocs', 'render', '--quiet', str(cache)], check=True)
    shutil.rmtree(cfg.config_path/'_docs', ignore_errors=True)
    shutil.move(str(cache/'_docs'), str(cfg.config_path/'_docs'))
    readme(cfg.nbs_path/'index.ipynb', cfg.config_path/'README.md')
    print('docs:', sorted(p.name for p in (cfg.config_path/'_docs').glob('*.html')))

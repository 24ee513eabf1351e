#!/usr/bin/env python3
"""Python trafilatura on the same pages as `cargo bench --bench extract`, timed the same way:
one warm-up, then ITERS runs of the extraction (bare_extraction with metadata, default
settings), the minimum kept. Decoding happens outside the timer (visavis times its own).
usage: py_trafilatura.py PAGES_DIR ITERS > times.tsv   (lines: page<TAB>ms)"""
import codecs, os, re, sys, time
from trafilatura import bare_extraction

def decode(b):
    for bom, enc in ((codecs.BOM_UTF8, 'utf-8-sig'), (codecs.BOM_UTF16_LE, 'utf-16'), (codecs.BOM_UTF16_BE, 'utf-16')):
        if b.startswith(bom):
            return b.decode(enc, 'replace')
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', b[:4096], re.I)
    if m:
        enc = m.group(1).decode().lower()
        if enc.startswith('utf-16'): enc = 'utf-8'
        if enc in ('iso-8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii'): enc = 'cp1252'
        try:
            return b.decode(enc, 'replace')
        except LookupError:
            pass
    return b.decode('utf-8', 'replace')

root, iters = sys.argv[1], int(sys.argv[2])
for page in sorted(os.listdir(root)):
    src = os.path.join(root, page, 'source.html')
    if not (os.path.isfile(src) and os.path.isfile(os.path.join(root, page, 'gold.txt'))):
        continue
    html = decode(open(src, 'rb').read())
    best = float('inf')
    for i in range(iters + 1):
        t = time.perf_counter()
        try:
            bare_extraction(html, with_metadata=True)
        except Exception:
            pass
        if i > 0:
            best = min(best, (time.perf_counter() - t) * 1e3)
    print(f'{page}\t{best:.4f}', flush=True)

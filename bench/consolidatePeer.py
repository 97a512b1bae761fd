# The bench's peer for `khongdee consolidate`: what an analyst's pandas script does with the same 76 province CSVs.
# It reads every file (UTF-8, else Thai Windows-874), skips the two title lines and the two-row header, reads the
# figures the way the files write them (Thai digits, "1,500 บาท", "12 คน") and sums sales, revenue and beneficiaries
# per district. Run as a whole process by bench/consolidate.ts; prints one line: files, rows, districts.
import glob
import os
import sys

import pandas as pd

THAI_DIGITS = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')
COLUMNS = {2: 'district', 6: 'sales', 7: 'revenue', 8: 'beneficiaries'}


def read(path):
    for encoding in ('utf-8-sig', 'cp874'):
        try:
            return pd.read_csv(path, skiprows=4, header=None, usecols=list(COLUMNS), dtype=str, encoding=encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError(path)


def figure(column):
    digits = column.str.translate(THAI_DIGITS).str.replace(r'[^0-9.]', '', regex=True)
    return pd.to_numeric(digits, errors='coerce').fillna(0)


frames = [read(path) for path in sorted(glob.glob(os.path.join(sys.argv[1], '*.csv')))]
table = pd.concat(frames, ignore_index=True).rename(columns=COLUMNS)
for name in ('sales', 'revenue', 'beneficiaries'):
    table[name] = figure(table[name])
sums = table.groupby('district')[['sales', 'revenue', 'beneficiaries']].sum()
print(f'{len(frames)} files, {len(table)} rows, {len(sums)} districts, revenue {sums["revenue"].sum():.0f}')

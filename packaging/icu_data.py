"""A smaller ICU data library for the Linux bundle: what Qt needs for an English app.

Qt's libraries link to ICU, whose data library (``libicudata.so.NN``, 32 MB)
holds every locale's names, calendars, units and currencies, every legacy
character converter, collation tailorings for every language, transliterators
and the dictionaries that split Chinese, Japanese and Thai words. Qt asks ICU
for collation (file dialogs sort names with QCollator), case mapping,
internationalised domain names and text boundaries; it never converts a legacy
encoding for this app (Python decodes every article) and needs no locale's
display names. So the bundle keeps the root and English locale data, the root
and English collation with the Unicode collation table, the break-iterator
rules (not the dictionaries), normalisation, string-prep and confusables data,
the time-zone tables and the converter alias table, and drops the rest: about
a tenth of the size. ICU falls back to root data for any other locale.

The library is ICU's data package (a table of contents and the items) behind
one exported symbol, ``icudtNN_dat``; a subset is written in the same format
and wrapped in a shared object by the C compiler (``cc``), with the original's
soname. Used by ``corroborate.spec``; run alone to see what a library holds::

    python packaging/icu_data.py PATH/TO/libicudata.so.73
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

_LOCALE = re.compile(r"[a-z]{2,3}(?:_\w+)?")
_ENGLISH = re.compile(r"(?:root|en|en_\w+)")
_KEEP_COLLATION = {"root.res", "ucadata.icu", "res_index.res", "en.res", "en_US.res"}


def wanted(item: str) -> bool:
    """Whether the bundle keeps an item (``icudt73l/coll/root.res``) of the package."""
    path = item.split("/", 1)[1]
    if "/" not in path:
        stem, _, kind = path.rpartition(".")
        if kind == "cnv":  # legacy character converters
            return False
        if kind == "res" and _LOCALE.fullmatch(stem) and stem not in ("pool", "res_index"):
            return bool(_ENGLISH.fullmatch(stem))
        return True
    folder, leaf = path.split("/", 1)
    if folder == "coll":
        return leaf in _KEEP_COLLATION
    if folder == "brkitr":
        if leaf.endswith(".brk"):
            return True
        return leaf.endswith(".res") and bool(
            _ENGLISH.fullmatch(leaf[:-4]) or leaf == "res_index.res"
        )
    return False  # locale names, units, currencies, zones' names, transliteration, spell-out


def read_package(blob: bytes) -> tuple[bytes, dict[str, bytes]]:
    """The header and the items of an ICU common data package."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27":
        raise ValueError("not an ICU data package")
    count = struct.unpack_from("<I", blob, header_size)[0]
    entries = []
    for i in range(count):
        name_at, data_at = struct.unpack_from("<II", blob, header_size + 4 + 8 * i)
        end = blob.index(b"\0", header_size + name_at)
        entries.append((blob[header_size + name_at : end].decode("ascii"), header_size + data_at))
    items = {}
    for i, (name, start) in enumerate(entries):
        stop = entries[i + 1][1] if i + 1 < len(entries) else len(blob)
        items[name] = blob[start:stop]
    return blob[:header_size], items


def write_package(header: bytes, items: dict[str, bytes]) -> bytes:
    """A package with these items: names sorted (ICU searches them), data 16-byte aligned."""
    names = sorted(items)
    table = 4 + 8 * len(names)
    name_bytes, name_at = b"", []
    for name in names:
        name_at.append(table + len(name_bytes))
        name_bytes += name.encode("ascii") + b"\0"
    data_start = (table + len(name_bytes) + 15) & ~15
    body, data_at = bytearray(), []
    for name in names:
        data_at.append(data_start + len(body))
        body += items[name]
        body += b"\0" * (-len(body) % 16)
    toc = struct.pack("<I", len(names))
    toc += b"".join(struct.pack("<II", n, d) for n, d in zip(name_at, data_at, strict=True))
    toc += name_bytes
    toc += b"\0" * (data_start - len(toc))
    return header + toc + bytes(body)


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size."""
    out = subprocess.run(
        ["readelf", "--wide", "--dyn-syms", "--sections", str(library)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    match = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+(icudt\d+_dat)\b", out
    )
    if not match:
        raise ValueError(f"{library} exports no ICU data symbol")
    address, size, name = int(match.group(1), 16), int(match.group(2), 0), match.group(3)
    for section in re.finditer(r"\]\s+\S+\s+\w+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", out):
        start, offset, length = (int(g, 16) for g in section.groups())
        if start and start <= address < start + length:
            return name, address - start + offset, size
    raise ValueError(f"cannot locate {name} in {library}")


def soname(library: Path) -> str:
    out = subprocess.run(
        ["readelf", "--dynamic", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"\(SONAME\).*\[(.+?)\]", out)
    return match.group(1) if match else library.name


def subset_library(library: Path, output: Path) -> tuple[int, int]:
    """Write the smaller data library to ``output``; returns the items kept and dropped."""
    symbol, offset, size = _symbol(library)
    with open(library, "rb") as fh:
        fh.seek(offset)
        header, items = read_package(fh.read(size))
    kept = {name: data for name, data in items.items() if wanted(name)}
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "icu.dat"
        data.write_bytes(write_package(header, kept))
        source = Path(scratch) / "icu.S"
        source.write_text(
            "    .section .rodata\n"
            f"    .globl {symbol}\n"
            f"    .type {symbol}, @object\n"
            "    .balign 16\n"
            f"{symbol}:\n"
            f'    .incbin "{data}"\n'
            f"    .size {symbol}, . - {symbol}\n"
            '    .section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname(library)}", "-o", str(output),
             str(source)],
            check=True,
        )  # fmt: skip
    return len(kept), len(items) - len(kept)


def main(argv: list[str]) -> int:
    library = Path(argv[0])
    symbol, offset, size = _symbol(library)
    with open(library, "rb") as fh:
        fh.seek(offset)
        _header, items = read_package(fh.read(size))
    totals: Counter[str] = Counter()
    kept = 0
    for name, data in items.items():
        parts = name.split("/")
        totals[parts[1] if len(parts) > 2 else parts[-1].rpartition(".")[2]] += len(data)
        kept += len(data) if wanted(name) else 0
    print(f"{library}: {symbol}, {len(items)} items, {size / 1e6:.1f} MB")
    for kind, total in totals.most_common():
        print(f"  {kind:<10} {total / 1e6:6.2f} MB")
    print(f"kept for the bundle: {kept / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

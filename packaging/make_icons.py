"""Make the Windows .ico and the macOS .icns from the app's PNG icons.

The icons have one source, ``resources/icons/corroborate-<size>.png``; the platform formats are
generated from it at build time (the spec expects them in ``build/icons/``):

    uv run --no-project --with pillow python packaging/make_icons.py [OUT_DIR]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def png_icons() -> dict[int, Image.Image]:
    """The square PNG icons by size."""
    icons = {}
    for path in SOURCE.glob("corroborate-*.png"):
        match = re.fullmatch(r"corroborate-(\d+)\.png", path.name)
        if not match:
            continue
        image = Image.open(path).convert("RGBA")
        if image.width != image.height:
            raise SystemExit(f"{path} is {image.width}x{image.height}, not square")
        icons[image.width] = image
    if not icons:
        raise SystemExit(f"no corroborate-<size>.png icons in {SOURCE}")
    return icons


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    icons = png_icons()
    largest = icons[max(icons)]

    # Windows: every listed size, drawn ones where they exist, the rest scaled from the largest.
    ico_sizes = [(s, s) for s in ICO_SIZES if s <= largest.width]
    base = icons.get(256, largest)
    others = [image for size, image in icons.items() if image is not base and size <= 256]
    base.save(out / "corroborate.ico", format="ICO", sizes=ico_sizes, append_images=others)

    # macOS: Pillow writes the standard .icns sizes, taking any drawn image of the right size.
    others = [image for image in icons.values() if image is not largest]
    largest.save(out / "corroborate.icns", format="ICNS", append_images=others)

    for name in ("corroborate.ico", "corroborate.icns"):
        path = out / name
        print(
            f"{path}: {path.stat().st_size} bytes, sizes {sorted(Image.open(path).info['sizes'])}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

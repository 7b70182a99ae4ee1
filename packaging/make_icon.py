"""Draw the app icon (a speech bubble with a check mark) into desktop/resources/ as PNG and ICO.

Run once when the design changes: `.venv/bin/python packaging/make_icon.py`. The outputs are
committed, so building the bundle never needs this script.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "desktop" / "resources"
BLUE = (23, 86, 160, 255)
WHITE = (255, 255, 255, 255)


def draw(size: int = 1024) -> Image.Image:
    """The icon at size x size pixels (drawn large, scaled down for the small sizes)."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    s = size / 256
    d.rounded_rectangle((16 * s, 20 * s, 240 * s, 196 * s), radius=40 * s, fill=BLUE)
    d.polygon([(60 * s, 190 * s), (60 * s, 244 * s), (118 * s, 190 * s)], fill=BLUE)
    d.line(
        [(70 * s, 110 * s), (112 * s, 152 * s), (190 * s, 66 * s)],
        fill=WHITE,
        width=int(28 * s),
        joint="curve",
    )
    for x, y in ((70, 110), (112, 152), (190, 66)):
        r = 14 * s
        d.ellipse((x * s - r, y * s - r, x * s + r, y * s + r), fill=WHITE)
    return img


def main() -> None:
    """Write icon.png (256 px) and icon.ico (16-256 px) into desktop/resources/."""
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(OUT / "icon.png", optimize=True)
    sizes = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    big.resize((256, 256), Image.LANCZOS).save(OUT / "icon.ico", sizes=sizes)


if __name__ == "__main__":
    main()

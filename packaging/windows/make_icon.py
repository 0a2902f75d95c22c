"""Draws Desk's icon (packaging/windows/desk.ico and desk.png): a counter desk with a ticket, in the office's colours.

Run once after changing it: `.venv/bin/python packaging/windows/make_icon.py`; both files are committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = HERE.parents[1] / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
SIZE = 256
GREEN, GOLD, WHITE = (11, 110, 79), (242, 183, 5), (255, 255, 255)


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, fill=GREEN)
    # The ticket (tanda terima) standing on the counter, with a fold line.
    pen.rounded_rectangle((70, 40, 186, 170), radius=10, fill=WHITE)
    pen.line((86, 70, 170, 70), fill=GREEN, width=8)
    pen.line((86, 96, 170, 96), fill=GREEN, width=8)
    pen.line((86, 122, 140, 122), fill=GREEN, width=8)
    # The counter.
    pen.rounded_rectangle((32, 160, SIZE - 32, 196), radius=8, fill=GOLD)
    pen.rectangle((52, 196, 72, 228), fill=GOLD)
    pen.rectangle((SIZE - 72, 196, SIZE - 52, 228), fill=GOLD)
    font = ImageFont.truetype(str(FONT), 40)
    pen.text((SIZE // 2, 178), "DESK", font=font, fill=GREEN, anchor="mm")
    return image


if __name__ == "__main__":
    icon = draw()
    icon.save(HERE / "desk.png")
    icon.save(HERE / "desk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])

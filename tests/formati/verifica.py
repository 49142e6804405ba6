"""What the build publishes, read by the libraries real clients use.

Calendars (icalendar, as calendar apps parse them): every file parses, and
every start or end with an hour is tied to a time zone the file defines, so
an app in another zone shows the hour the act states.

Open data (frictionless, as data reusers validate): the Data Package and
every CSV of the site against its Table Schema: types, formats, primary and
foreign keys; codes keep their leading zeros.

Structured data (pyld, a JSON-LD processor): every page's JSON-LD expands
to schema.org terms, and each kind of page carries the type it should, with
the properties search engines need for it.

Usage: verifica.py DIST. Prints one line per check and exits non-zero on any
failure.
"""

import pathlib
import sys

import html.parser
import json

import frictionless
import icalendar
import pyld.jsonld


def calendars(dist: pathlib.Path) -> list[str]:
    problems = []
    files = sorted(dist.rglob("*.ics"))
    timed = 0
    for path in files:
        shown = path.relative_to(dist)
        try:
            calendar = icalendar.Calendar.from_ical(path.read_bytes())
        except ValueError as err:
            problems.append(f"{shown}: non si legge ({err})")
            continue
        zones = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
        for event in calendar.walk("VEVENT"):
            for name in ("DTSTART", "DTEND"):
                if name not in event:
                    continue
                value = event[name].dt
                if not hasattr(value, "hour"):
                    continue  # a whole day
                timed += 1
                if value.tzinfo is None:
                    problems.append(f"{shown}: {name} {value} senza fuso orario")
                elif event[name].params.get("TZID") not in zones:
                    problems.append(f"{shown}: {name} nomina un fuso senza VTIMEZONE")
    print(f"calendari: {len(files)} file, {timed} orari con fuso, {len(problems)} problemi")
    if not files:
        problems.append("nessun calendario in dist/")
    return problems


def open_data(dist: pathlib.Path) -> list[str]:
    problems = []
    package_path = dist / "dati" / "datapackage.json"
    report = frictionless.validate(str(package_path))
    for task in report.tasks:
        for error in task.errors:
            problems.append(f"{task.name}: {error.message}")
    for error in report.errors:
        problems.append(f"datapackage.json: {error.message}")
    package = json.loads(package_path.read_text())
    schemas = {
        pathlib.Path(resource["path"]).name: dist / "dati" / resource["schema"]
        for resource in package["resources"]
        if resource["path"].startswith("pnrr/")
    }
    # The files of one measure or one project hold some rows of the whole
    # tables, described by the same schemas (their keys refer to the whole
    # tables, so only the columns are checked here).
    scoped = sorted((dist / "dati" / "pnrr").glob("*/*/*.csv"))
    for path in scoped:
        schema = json.loads(schemas[path.name].read_text())
        schema.pop("foreignKeys", None)
        resource = frictionless.Resource(
            path=str(path), schema=frictionless.Schema.from_descriptor(schema), encoding="utf-8-sig"
        )
        resource_report = resource.validate()
        for task in resource_report.tasks:
            for error in task.errors:
                problems.append(f"{path.relative_to(dist)}: {error.message}")
    # What pandas loses without the schema, kept with it.
    location_schema = json.loads(schemas["localizzazioni.csv"].read_text())
    location_schema.pop("foreignKeys", None)
    locations = frictionless.Resource(
        path=str(dist / "dati" / "pnrr" / "localizzazioni.csv"),
        schema=frictionless.Schema.from_descriptor(location_schema),
        encoding="utf-8-sig",
    )
    codes = [row["Codice Comune"] for row in locations.read_rows()]
    if not codes or not all(isinstance(code, str) and len(code) == 6 for code in codes):
        problems.append(f"localizzazioni.csv: codici ISTAT letti come {codes[:3]}")
    resources = len(package["resources"])
    print(f"dati aperti: Data Package con {resources} tabelle e {len(scoped)} file per misura o progetto, {len(problems)} problemi")
    return problems


class LinkedData(html.parser.HTMLParser):
    """The JSON-LD blocks of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[str] = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        self._inside = tag == "script" and ("type", "application/ld+json") in attrs
        if self._inside:
            self.blocks.append("")

    def handle_endtag(self, tag):
        self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.blocks[-1] += data


SCHEMA = "http://schema.org/"
# The schema.org context, as the processor would fetch it: every term in the
# schema.org vocabulary (the build needs no network).
CONTEXT = {"@context": {"@vocab": SCHEMA, "id": "@id", "type": "@type"}}


def load_document(url, options=None):
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise pyld.jsonld.JsonLdError("contesto sconosciuto", "loading document failed", {"url": url})


# Each kind of detail page: the type its JSON-LD carries and what it must say.
EXPECTED = {
    "vivere-la-provincia/eventi/": ("Event", ["name", "startDate", "location", "organizer"]),
    "vivere-la-provincia/luoghi/": (("Place", "CivicStructure", "School"), ["name", "address", "geo"]),
    "vivere-la-provincia/limitazioni-al-traffico/": ("Event", ["name", "startDate", "endDate", "location"]),
    "pnrr/progetti/": ("Project", ["name", "identifier", "funder", "funding"]),
    "amministrazione/bandi/": (("JobPosting", "Demand"), ["url"]),
}


def linked_data(dist: pathlib.Path) -> list[str]:
    pyld.jsonld.set_document_loader(load_document)
    problems = []
    pages = sorted(dist.rglob("index.html"))
    blocks = 0
    checked = {prefix: 0 for prefix in EXPECTED}
    for page in pages:
        shown = str(page.parent.relative_to(dist))
        parser = LinkedData()
        parser.feed(page.read_text())
        types = set()
        expanded_nodes = []
        for block in parser.blocks:
            blocks += 1
            try:
                expanded = pyld.jsonld.expand(json.loads(block))
            except (ValueError, pyld.jsonld.JsonLdError) as err:
                problems.append(f"{shown}: JSON-LD non valido ({err})")
                continue
            for node in expanded:
                types.update(t.removeprefix(SCHEMA) for t in node.get("@type", []))
                expanded_nodes.append(node)
        for prefix, (wanted, properties) in EXPECTED.items():
            depth = prefix.count("/")
            if not (shown + "/").startswith(prefix) or shown.count("/") != depth:
                continue
            wanted = (wanted,) if isinstance(wanted, str) else wanted
            checked[prefix] += 1
            if not types.intersection(wanted):
                problems.append(f"{shown}: manca un {' o '.join(wanted)} (trovati {sorted(types)})")
                continue
            node = next(n for n in expanded_nodes if {t.removeprefix(SCHEMA) for t in n.get("@type", [])} & set(wanted))
            for name in properties:
                if SCHEMA + name not in node:
                    problems.append(f"{shown}: {wanted[0]} senza {name}")
    for prefix, count in checked.items():
        if count == 0:
            problems.append(f"nessuna pagina {prefix}… da controllare")
    counts = ", ".join(f"{prefix}… {count}" for prefix, count in checked.items())
    print(f"JSON-LD: {len(pages)} pagine, {blocks} blocchi espansi; pagine di dettaglio: {counts}; {len(problems)} problemi")
    return problems


def main() -> int:
    dist = pathlib.Path(sys.argv[1])
    checks = [calendars, open_data, linked_data]
    failed = 0
    for check in checks:
        problems = check(dist)
        for problem in problems[:50]:
            print(f"  ERRORE {problem}")
        if len(problems) > 50:
            print(f"  … e altri {len(problems) - 50}")
        failed += 1 if problems else 0
    print(f"formati: {len(checks) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Print the cells of a flat OpenDocument spreadsheet (.fods) as JSON, for the tests that
open samtale's CSV in LibreOffice Calc (tests/spreadsheet.rs).

    python3 tests/calc_cells.py SHEET.fods

One list per row, one object per cell: {"type": office:value-type or null, "value": the
number or date the cell holds (as LibreOffice wrote it), "text": what the cell shows,
"formula": table:formula or null}. Only the standard library is used.
"""

import json
import sys
import xml.etree.ElementTree as ET

NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def q(prefix, name):
    return "{%s}%s" % (NS[prefix], name)


def shown(element):
    """The text of a text:p, with its spaces, tabs and line breaks."""
    out = [element.text or ""]
    for child in element:
        if child.tag == q("text", "s"):
            out.append(" " * int(child.get(q("text", "c"), "1")))
        elif child.tag == q("text", "tab"):
            out.append("\t")
        elif child.tag == q("text", "line-break"):
            out.append("\n")
        else:
            out.append(shown(child))
        out.append(child.tail or "")
    return "".join(out)


def cell(element):
    kind = element.get(q("office", "value-type"))
    value = element.get(q("office", "value")) or element.get(q("office", "date-value"))
    text = "\n".join(shown(p) for p in element.findall(q("text", "p")))
    return {"type": kind, "value": value, "text": text, "formula": element.get(q("table", "formula"))}


def main(path):
    root = ET.parse(path).getroot()
    sheet = root.find(".//" + q("table", "table"))
    rows = []
    for row in sheet.iter(q("table", "table-row")):
        cells = []
        for element in row:
            if element.tag not in (q("table", "table-cell"), q("table", "covered-table-cell")):
                continue
            repeated = int(element.get(q("table", "number-columns-repeated"), "1"))
            one = cell(element)
            # Long runs of empty cells fill the sheet out to its edge: not the data.
            cells.extend([one] * (repeated if one["type"] or repeated < 64 else 0))
        while cells and cells[-1]["type"] is None and not cells[-1]["text"]:
            cells.pop()
        if cells:
            rows.append(cells)
    json.dump(rows, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[3].strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))

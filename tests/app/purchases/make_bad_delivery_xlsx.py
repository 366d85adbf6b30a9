#!/usr/bin/env python3
"""Writes bad_delivery.xlsx, the XLSX twin of bad_delivery.csv, by hand: SpreadsheetML as a
streaming exporter writes it, from a second writer besides libxlsxwriter (which the storage test
uses), so the reader is not only tested against the library it shares assumptions with.

What it exercises: the first sheet is found through workbook.xml and its rels (it is
worksheets/sheet2.xml; sheet1.xml is a second sheet of notes); headers are shared strings, one of
them in rich-text runs with a phonetic run; data cells are inline strings; empty cells are left out
(sparse rows, r="C5" references); dates are serial numbers in three formats (custom yyyy/m/d,
built-in 14, custom yyyy"年"m"月"d"日"), a date that is no date stays text; prices are numbers
shown as 0.00; row 6 is missing and row 7 is blank.

Run from this folder: python3 make_bad_delivery_xlsx.py (deterministic: same bytes every run).
"""
import csv
import datetime
import zipfile
from xml.sax.saxutils import escape

HERE = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

# cellXfs: 0 general, 1 yyyy/m/d (164), 2 built-in 14, 3 yyyy"年"m"月"d"日" (165), 4 built-in 2 (0.00)
STYLE_PURCHASE_DATE, STYLE_BUILTIN_DATE, STYLE_CHINESE_DATE, STYLE_PRICE = 1, 2, 3, 4


def col_name(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def serial(text):
    try:
        d = datetime.date.fromisoformat(text)
    except ValueError:
        return None
    return (d - datetime.date(1899, 12, 30)).days


def cell(ref, text, column):
    if text == "":
        return ""  # sparse: empty cells are not written
    date_styles = {1: STYLE_PURCHASE_DATE, 8: STYLE_BUILTIN_DATE, 9: STYLE_CHINESE_DATE}
    if column in date_styles and serial(text) is not None:
        return f'<c r="{ref}" s="{date_styles[column]}"><v>{serial(text)}</v></c>'
    if column == 12:
        return f'<c r="{ref}"><v>{int(text)}</v></c>'
    if column == 13:
        return f'<c r="{ref}" s="{STYLE_PRICE}"><v>{float(text)!r}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def main():
    with open(f"{HERE}/bad_delivery.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header, data = rows[0], rows[1:]

    shared = []
    for h in header:
        if h == "追溯码":  # rich text: two runs, plus a phonetic reading that is not text
            shared.append('<si><r><rPr><b/></rPr><t>追溯</t></r><r><t>码</t></r>'
                          '<rPh sb="0" eb="2"><t>zhuisu</t></rPh></si>')
        else:
            shared.append(f"<si><t>{escape(h)}</t></si>")
    sst = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" '
           f'count="{len(shared)}" uniqueCount="{len(shared)}">{"".join(shared)}</sst>')

    sheet_rows = ['<row r="1">' + "".join(f'<c r="{col_name(i)}1" t="s"><v>{i}</v></c>'
                                          for i in range(len(header))) + "</row>"]
    for n, values in enumerate(data, start=2):
        cells = "".join(cell(f"{col_name(i)}{n}", v, i) for i, v in enumerate(values))
        sheet_rows.append(f'<row r="{n}">{cells}</row>')
    last = len(data) + 1
    sheet_rows.append(f'<row r="{last + 2}"><c r="A{last + 2}" s="0"/></row>')  # a blank row after a gap
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" '
             f'xmlns:r="{REL}"><dimension ref="A1:{col_name(len(header) - 1)}{last + 2}"/>'
             f'<sheetData>{"".join(sheet_rows)}</sheetData></worksheet>')
    notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}">'
             '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>说明：本表由供货商系统导出</t></is></c>'
             '</row></sheetData></worksheet>')

    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{MAIN}">'
              '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/m/d"/>'
              '<numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="5"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="14" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="2" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" '
                f'xmlns:r="{REL}"><workbookPr/><sheets>'
                '<sheet name="到货单" sheetId="2" r:id="rId2"/><sheet name="说明" sheetId="1" r:id="rId1"/>'
                '</sheets></workbook>')
    workbook_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL}">'
                     f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                     f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
                     f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>'
                     f'<Relationship Id="rId4" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                     '</Relationships>')
    root_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL}">'
                 f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
                 '</Relationships>')
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="{ct}.worksheet+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/></Types>')

    parts = [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
             ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbook_rels),
             ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst),
             ("xl/worksheets/sheet1.xml", notes), ("xl/worksheets/sheet2.xml", sheet)]
    with zipfile.ZipFile(f"{HERE}/bad_delivery.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 6, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    main()

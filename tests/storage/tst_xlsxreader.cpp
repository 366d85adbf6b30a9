#include "app/core/inventory/purchaseimport.h"
#include "app/core/money.h"
#include "storage/xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <minizip/zip.h>
#include <xlsxwriter.h>

using namespace pos;
using storage::XlsxReader;

namespace {

const QByteArray kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
using Parts = QMap<QString, QByteArray>; // part name → bytes
const QByteArray kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Rows as "a|b\nc|d", so a whole sheet compares (and prints) in one QCOMPARE.
QString join(const QList<QStringList>& rows)
{
    QStringList lines;
    for (const QStringList& r : rows)
        lines << r.join(u'|');
    return lines.join(u'\n');
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A ZIP of these parts (method 0 stores them as they are, so a test can damage the bytes).
bool writeZip(const QString& path, const Parts& parts, int method = Z_DEFLATED)
{
    zipFile zf = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zf)
        return false;
    bool ok = true;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        zip_fileinfo info{};
        ok = ok
             && zipOpenNewFileInZip64(zf, it.key().toUtf8().constData(), &info, nullptr, 0, nullptr,
                                      0, nullptr, method, method ? Z_BEST_SPEED : 0, 1)
                    == ZIP_OK
             && zipWriteInFileInZip(zf, it->constData(), unsigned(it->size())) == ZIP_OK
             && zipCloseFileInZip(zf) == ZIP_OK;
    }
    return zipClose(zf, nullptr) == ZIP_OK && ok;
}

/// The smallest workbook Excel opens: one sheet, shared strings ("甲", "a␍b" escaped), styles
/// (0 general, 1 built-in date 14), with `sheetData` as the sheet's rows.
Parts package(const QByteArray& sheetData)
{
    return {
        {QStringLiteral("_rels/.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\""
             + kRel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel
             + "\"><sheets>"
               "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\""
             + kRel
             + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
               "<Relationship Id=\"rId2\" Type=\""
             + kRel
             + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
               "<Relationship Id=\"rId3\" Type=\""
             + kRel + "/styles\" Target=\"styles.xml\"/></Relationships>"},
        {QStringLiteral("xl/sharedStrings.xml"),
         "<sst xmlns=\"" + kMain + "\"><si><t>甲</t></si><si><t>a_x000D_b</t></si></sst>"},
        {QStringLiteral("xl/styles.xml"),
         "<styleSheet xmlns=\"" + kMain
             + "\"><cellStyleXfs><xf numFmtId=\"22\"/></cellStyleXfs>"
               "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         "<worksheet xmlns=\"" + kMain + "\"><sheetData>" + sheetData + "</sheetData></worksheet>"},
    };
}

Result<QList<QStringList>> readZip(const QTemporaryDir& dir, const Parts& parts)
{
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    QFile::remove(path);
    if (!writeZip(path, parts))
        return makeError(ErrorCode::StorageFailure, QStringLiteral("test could not write the zip"));
    return XlsxReader().firstSheet(path);
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // libxlsxwriter writes shared strings by default and inline strings in constant-memory mode.
    void libxlsxwriterWorkbook_data()
    {
        QTest::addColumn<bool>("constantMemory");
        QTest::newRow("shared strings") << false;
        QTest::newRow("inline strings (constant memory)") << true;
    }
    void libxlsxwriterWorkbook()
    {
        QFETCH(bool, constantMemory);
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("lxw.xlsx")));
        lxw_workbook_options options{};
        options.constant_memory = constantMemory;
        lxw_workbook* wb = workbook_new_opt(path.constData(), &options);
        QVERIFY(wb);
        lxw_worksheet* ws = workbook_add_worksheet(wb, "到货单");
        lxw_worksheet* other = workbook_add_worksheet(wb, "其他");
        const auto numberFormat = [wb](const char* code) {
            lxw_format* f = workbook_add_format(wb);
            format_set_num_format(f, code);
            return f;
        };
        lxw_format* isoDate = numberFormat("yyyy-mm-dd");
        lxw_format* builtinDate = workbook_add_format(wb);
        format_set_num_format_index(builtinDate, 14);
        lxw_format* bold = workbook_add_format(wb);
        format_set_bold(bold);
        char amoxi[] = "阿莫西林";
        char capsule[] = "胶囊";
        lxw_rich_string_tuple boldRun{bold, amoxi};
        lxw_rich_string_tuple plainRun{nullptr, capsule};
        lxw_rich_string_tuple* rich[] = {&boldRun, &plainRun, nullptr};

        int c = 0;
        for (const char* h : {"供货单位", "购进日期", "数量", "价格", "追溯码"})
            worksheet_write_string(ws, 0, lxw_col_t(c++), h, bold);
        worksheet_write_rich_string(ws, 0, 5, rich, nullptr);
        worksheet_write_string(ws, 1, 0, "江西南华医药有限公司", nullptr);
        lxw_datetime purchased{2026, 1, 5, 0, 0, 0};
        worksheet_write_datetime(ws, 1, 1, &purchased, isoDate);
        worksheet_write_number(ws, 1, 2, 2, nullptr);
        worksheet_write_number(ws, 1, 3, 9.6, numberFormat("0.00"));
        worksheet_write_string(ws, 1, 4, "89990000000000000001", nullptr); // too long for a number
        worksheet_write_rich_string(ws, 1, 5, rich, nullptr);
        // Row 3 left out; row 4 sparse: a styled blank, an EAN-13 typed as a number, a boolean, a formula.
        worksheet_write_blank(ws, 3, 0, bold);
        worksheet_write_number(ws, 3, 2, 6933583048050, nullptr);
        worksheet_write_boolean(ws, 3, 4, 1, nullptr);
        worksheet_write_formula_num(ws, 3, 6, "=1+2", nullptr, 3);
        // Row 5: serial dates around Excel's 1900-02-29, and the formats a Chinese office writes.
        c = 0;
        for (double serial : {1.0, 59.0, 60.0, 61.0})
            worksheet_write_number(ws, 4, lxw_col_t(c++), serial, builtinDate);
        lxw_datetime lunch{2026, 1, 5, 12, 30, 0};
        worksheet_write_datetime(ws, 4, 4, &lunch, numberFormat("yyyy-mm-dd hh:mm"));
        worksheet_write_number(ws, 4, 5, 0.5, numberFormat("hh:mm:ss"));
        worksheet_write_number(ws, 4, 6, 46027, numberFormat("yyyy\"年\"m\"月\"d\"日\""));
        worksheet_write_number(ws, 4, 7, 46027, numberFormat("[$-804]yyyy/m/d;@"));
        worksheet_write_number(ws, 4, 8, 0.25, numberFormat("0.00%"));
        worksheet_write_number(ws, 4, 9, 0.1 + 0.2, nullptr);
        worksheet_write_number(ws, 4, 10, -5,
                               builtinDate); // before 1900: no date, the number stays
        worksheet_write_number(ws, 4, 11, 46027,
                               numberFormat("[Red]\"d\"0.00")); // a quoted d is no date
        worksheet_write_string(ws, 5, 0, "第一行\n第二行", nullptr);
        worksheet_write_string(ws, 5, 1, "  空格  ", nullptr);
        worksheet_write_string(other, 0, 0, "不应读到", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

        Result<QList<QStringList>> rows =
            XlsxReader().firstSheet(dir.filePath(QStringLiteral("lxw.xlsx")));
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().userText()));
        QCOMPARE(join(*rows),
                 QStringLiteral(
                     "供货单位|购进日期|数量|价格|追溯码|阿莫西林胶囊\n"
                     "江西南华医药有限公司|2026-01-05|2|9.6|89990000000000000001|阿莫西林胶囊\n"
                     "\n"
                     "||6933583048050||TRUE||3\n"
                     "1900-01-01|1900-02-28|1900-02-29|1900-03-01|2026-01-05 12:30:00|12:00:00|"
                     "2026-01-05|2026-01-05|0.25|0.3|-5|46027\n"
                     "第一行\n第二行|  空格  "));
        QCOMPARE(rows->at(2), QStringList()); // the row the file leaves out is there, empty
    }

    // A second writer (tests/app/purchases/make_bad_delivery_xlsx.py): the first sheet through
    // workbook.xml's order and its rels, rich-text headers with a phonetic run, inline strings,
    // sparse rows, dates in three formats. It holds bad_delivery.csv's rows; prices are numbers.
    void handWrittenWorkbookMatchesItsCsv()
    {
        const QString dir = QStringLiteral(PHARMAPOS_PURCHASES_DIR);
        QFile csvFile(dir + QStringLiteral("/bad_delivery.csv"));
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QStringList> csv = parseCsv(csvFile.readAll());
        Result<QList<QStringList>> xlsx =
            XlsxReader().firstSheet(dir + QStringLiteral("/bad_delivery.xlsx"));
        QVERIFY2(xlsx.ok(), qPrintable(xlsx.ok() ? QString() : xlsx.error().userText()));
        QCOMPARE(xlsx->size(), csv.size() + 2); // row 6 left out, row 7 blank
        QVERIFY(xlsx->at(csv.size()).isEmpty() && xlsx->at(csv.size() + 1).isEmpty());
        const int price = int(csv.first().indexOf(QStringLiteral("价格")));
        QVERIFY(price > 0);
        for (int r = 0; r < csv.size(); ++r) {
            QStringList x = xlsx->at(r);
            QStringList expected = csv.at(r);
            if (r > 0) { // 9.60 typed as a number reads 9.6: the same money
                QCOMPARE(Money::parse(x.at(price)), Money::parse(expected.at(price)));
                x[price] = expected[price];
            }
            QCOMPARE(x, expected);
        }
    }

    // Packages written by hand: what other writers do, and what a damaged file looks like.
    void handMadePackages_data()
    {
        QTest::addColumn<QByteArray>("sheetData");
        QTest::addColumn<Parts>("changes");    // a null value removes the part
        QTest::addColumn<QString>("expected"); // rows, or "error: " and a fragment

        const Parts none;
        QTest::newRow("shared, escaped, inline, bool, error, formula text")
            << QByteArray(
                   "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"D2\" t=\"s\"><v>1</v></c>"
                   "<c r=\"E2\" t=\"inlineStr\"><is><r><t>追</t></r><r><t>溯</t></r></is></c>"
                   "<c r=\"F2\" t=\"b\"><v>0</v></c><c r=\"G2\" t=\"e\"><v>#N/A</v></c>"
                   "<c r=\"H2\" t=\"str\"><f>A1&amp;\"x\"</f><v>ax</v></c></row>")
            << none << QStringLiteral("\n|甲||a\rb|追溯|FALSE|#N/A|ax");
        QTest::newRow("cells and rows without references")
            << QByteArray("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>1.5</v></c></row>"
                          "<row><c s=\"1\"><v>46028</v></c></row>")
            << none << QStringLiteral("a|1.5\n2026-01-06");
        QTest::newRow("ISO dates (t=d)")
            << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2026-01-06T00:00:00Z</v></c>"
                          "<c r=\"B1\" t=\"d\"><v>2026-01-06T08:15:00</v></c></row>")
            << none << QStringLiteral("2026-01-06|2026-01-06 08:15:00");
        Parts date1904;
        date1904.insert(
            QStringLiteral("xl/workbook.xml"),
            "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel
                + "\"><workbookPr date1904=\"1\"/>"
                  "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        QTest::newRow("1904 date system") << QByteArray(
            "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>44566</v></c></row>")
                                          << date1904 << QStringLiteral("1904-01-01|2026-01-06");
        Parts noPackageRels;
        noPackageRels.insert(QStringLiteral("_rels/.rels"), QByteArray());
        QTest::newRow("no package rels: the usual workbook name")
            << QByteArray("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>") << noPackageRels
            << QStringLiteral("7");

        Parts noWorkbook;
        noWorkbook.insert(QStringLiteral("xl/workbook.xml"), QByteArray());
        noWorkbook.insert(QStringLiteral("_rels/.rels"), QByteArray());
        QTest::newRow("no workbook")
            << QByteArray() << noWorkbook << QStringLiteral("error: 不是 Excel 工作簿");
        Parts noSheets;
        noSheets.insert(QStringLiteral("xl/workbook.xml"),
                        "<workbook xmlns=\"" + kMain + "\"><sheets/></workbook>");
        QTest::newRow("no worksheet")
            << QByteArray() << noSheets << QStringLiteral("error: 没有工作表");
        Parts noSheetPart;
        noSheetPart.insert(QStringLiteral("xl/worksheets/sheet1.xml"), QByteArray());
        QTest::newRow("worksheet part missing")
            << QByteArray() << noSheetPart
            << QStringLiteral("error: 工作表 xl/worksheets/sheet1.xml 不在文件里");
        QTest::newRow("malformed XML") << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1</c></row>")
                                       << none << QStringLiteral("error: 不是有效的 XML");
        Parts dtd;
        dtd.insert(QStringLiteral("xl/sharedStrings.xml"),
                   "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                   "<sst xmlns=\""
                       + kMain + "\"><si><t>&b;</t></si></sst>");
        QTest::newRow("DTD refused") << QByteArray() << dtd << QStringLiteral("error: 含 DTD");
        QTest::newRow("shared string out of range")
            << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>9</v></c></row>") << none
            << QStringLiteral("error: 共享字符串 9 不存在");
        QTest::newRow("bad cell reference")
            << QByteArray("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>") << none
            << QStringLiteral("error: 单元格引用“1A”无效");
        QTest::newRow("column beyond XFD")
            << QByteArray("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>") << none
            << QStringLiteral("error: 单元格引用“XFE1”无效");
        QTest::newRow("row beyond the grid") << QByteArray("<row r=\"1048577\"/>") << none
                                             << QStringLiteral("error: 行号“1048577”无效");
        // Issue 12: the import limits (ImportLimits, as for CSV) and the parser's own.
        QTest::newRow("column past the import limit (XFD)")
            << QByteArray("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>") << none
            << QStringLiteral("error: 单元格 XFD1 超出 256 列的上限");
        QTest::newRow("column 257 (IW)")
            << QByteArray("<row r=\"1\"><c r=\"IW1\"><v>1</v></c></row>") << none
            << QStringLiteral("error: 单元格 IW1 超出 256 列的上限");
        QTest::newRow("row past the import limit (the probe's r=1048576)")
            << QByteArray("<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>") << none
            << QStringLiteral("error: 工作表第 1048576 行超过 50000 行的上限");
        QTest::newRow("a cell longer than the limit")
            << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                   + QByteArray(65537, 'x') + "</t></is></c></row>"
            << none << QStringLiteral("error: 单元格 A1 超过 65536 个字符的上限");
        QTest::newRow("elements nested 40 deep in the sheet")
            << QByteArray("<row r=\"1\">") + QByteArray("<a>").repeated(40)
                   + QByteArray("</a>").repeated(40) + "</row>"
            << none << QStringLiteral("error: 元素嵌套超过 32 层");
        QTest::newRow("elements nested 40 deep inside a cell")
            << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>")
                   + QByteArray("<r>").repeated(40) + QByteArray("</r>").repeated(40)
                   + "</is></c></row>"
            << none << QStringLiteral("error: 元素嵌套超过 32 层");
        QTest::newRow("elements nested 40 deep inside a formula")
            << QByteArray("<row r=\"1\"><c r=\"A1\"><f>") + QByteArray("<g>").repeated(40)
                   + QByteArray("</g>").repeated(40) + "</f><v>1</v></c></row>"
            << none << QStringLiteral("error: 元素嵌套超过 32 层");
        QTest::newRow("a worksheet's usual depth reads")
            << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/></rPr>"
                          "<t>粗</t></r><rPh><t>cu</t></rPh></is></c></row>")
            << none << QStringLiteral("粗");
        QByteArray wide;
        for (int r = 1; r <= 15700; ++r)
            wide += QByteArray("<row r=\"%1\"><c r=\"IV%1\"><v>1</v></c></row>")
                        .replace("%1", QByteArray::number(r));
        QTest::newRow("cells padded past the cap")
            << wide << none << QStringLiteral("error: 超过 4000000 个单元格");
        QTest::newRow("rows out of order") << QByteArray("<row r=\"5\"/><row r=\"3\"/>") << none
                                           << QStringLiteral("error: 行号“3”无效");
    }
    void handMadePackages()
    {
        QFETCH(QByteArray, sheetData);
        QFETCH(Parts, changes);
        QFETCH(QString, expected);
        Parts parts = package(sheetData);
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            if (it->isNull())
                parts.remove(it.key());
            else
                parts.insert(it.key(), *it);
        }
        QTemporaryDir dir;
        Result<QList<QStringList>> rows = readZip(dir, parts);
        if (expected.startsWith(QStringLiteral("error: "))) {
            QVERIFY2(!rows.ok(), qPrintable(rows.ok() ? join(*rows) : QString()));
            QCOMPARE(rows.error().code, ErrorCode::InvalidInput);
            QVERIFY2(rows.error().message.contains(expected.mid(7)),
                     qPrintable(rows.error().message));
        } else {
            QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().userText()));
            QCOMPARE(join(*rows), expected);
        }
    }

    // Files that are not workbooks, or are damaged, are refused with what is wrong.
    void refusedFiles_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("CSV named .xlsx")
            << QStringLiteral("csv") << QStringLiteral("不是 XLSX 文件（不是 ZIP 压缩包）");
        QTest::newRow("old .xls (OLE)")
            << QStringLiteral("ole") << QStringLiteral("旧版 Excel（.xls）");
        QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("无法读取");
        QTest::newRow("truncated download")
            << QStringLiteral("truncated") << QStringLiteral("ZIP 目录无法读取");
        QTest::newRow("damaged part (CRC)") << QStringLiteral("crc") << QStringLiteral("解压失败");
        QTest::newRow("zip bomb over 50 MB")
            << QStringLiteral("bomb") << QStringLiteral("超过 50 MB");
        QTest::newRow("part over a small cap")
            << QStringLiteral("cap") << QStringLiteral("超过 0.00977 MB");
        QTest::newRow("file over the import size limit")
            << QStringLiteral("filesize") << QStringLiteral("超过导入文件的上限 0.0 MB");
        QTest::newRow("over a million shared strings (the probe's 45 MB table)")
            << QStringLiteral("strings") << QStringLiteral("共享字符串超过 1000000 个的上限");
    }
    void refusedFiles()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("note.xlsx"));
        const Parts good = package("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
        XlsxReader reader;
        if (damage == u"csv") {
            QVERIFY(writeFile(path, "供货单位,购进日期\n"));
        } else if (damage == u"ole") {
            QVERIFY(writeFile(path, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
                                        + QByteArray(504, '\0')));
        } else if (damage == u"truncated" || damage == u"crc") {
            QVERIFY(writeZip(path, good, damage == u"crc" ? 0 : Z_DEFLATED));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray bytes = f.readAll();
            f.close();
            if (damage == u"truncated") {
                bytes.truncate(bytes.size() / 2);
            } else {
                const qsizetype at = bytes.indexOf("<sheetData>");
                QVERIFY(at > 0);
                bytes[at + 1] = 'S'; // stored, so the CRC no longer matches
            }
            QVERIFY(writeFile(path, bytes));
        } else if (damage == u"bomb") {
            Parts bomb = good;
            bomb[QStringLiteral("xl/sharedStrings.xml")] += QByteArray(51 * 1024 * 1024, ' ');
            QVERIFY(writeZip(path, bomb));
            QVERIFY(QFileInfo(path).size() < 1024 * 1024); // small on disk, huge unpacked
        } else if (damage == u"cap") {
            Parts big = good;
            big[QStringLiteral("xl/worksheets/sheet1.xml")] += QByteArray(20000, ' ');
            QVERIFY(writeZip(path, big));
            reader = XlsxReader(10 * 1024);
        } else if (damage == u"filesize") {
            QVERIFY(writeZip(path, good));
            ImportLimits tiny;
            tiny.maxFileBytes = 100;
            reader = XlsxReader(XlsxReader::kDefaultMaxPartBytes, tiny);
        } else if (damage == u"strings") {
            Parts many = good;
            many[QStringLiteral("xl/sharedStrings.xml")] =
                "<sst xmlns=\"" + kMain + "\">"
                + QByteArray("<si><t>x</t></si>").repeated(XlsxReader::kMaxSharedStrings + 1)
                + "</sst>";
            QVERIFY(writeZip(path, many));
        } // "missing": no file at all
        Result<QList<QStringList>> rows = reader.firstSheet(path);
        QVERIFY2(!rows.ok(), qPrintable(rows.ok() ? join(*rows) : QString()));
        QVERIFY2(rows.error().message.contains(message), qPrintable(rows.error().message));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"

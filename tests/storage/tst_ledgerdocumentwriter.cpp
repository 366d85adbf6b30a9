#include "storage/ledgerdocumentwriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;

namespace {
QList<LedgerRow> rows(int n)
{
    QList<LedgerRow> out;
    for (int i = 0; i < n; ++i) {
        LedgerRow r;
        r.productCode = QStringLiteral("P%1").arg(i, 5, 10, QLatin1Char('0'));
        r.productName = QStringLiteral("阿莫西林胶囊(阿莫仙)");
        r.spec = QStringLiteral("0.25g*24粒");
        r.batchNo = QStringLiteral("B%1").arg(i);
        r.expiryDate = QDate(2027, 6, 30);
        r.piecesPerBox = 24;
        r.opening = 48;
        r.moved[MovementKind::Purchase] = 24;
        r.moved[MovementKind::Sale] = -30;
        r.closing = i == 3 ? 41 : 42; // row 3 does not reconcile
        out << r;
    }
    return out;
}
QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestLedgerDocumentWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void xlsxIsAWorkbook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.xlsx"));
        storage::LedgerDocumentWriterImpl w;
        QVERIFY(w.write(rows(10),
                        LedgerHeader{QStringLiteral("测试药房"), QDate(2026, 11, 1),
                                     QDate(2026, 11, 30)},
                        ExportFormat::Xlsx, path)
                    .ok());
        const QByteArray xlsx = read(path);
        QVERIFY(xlsx.startsWith("PK\x03\x04")); // an Office Open XML package is a zip
        QVERIFY(xlsx.contains("xl/worksheets/sheet1.xml"));
        QVERIFY(xlsx.contains("xl/sharedStrings.xml"));
        QVERIFY(!w.write(rows(1), LedgerHeader{}, ExportFormat::Xlsx,
                         dir.filePath(QStringLiteral("no/such/dir/x.xlsx")))
                     .ok());
    }

    void pdfPaginates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.pdf"));
        storage::LedgerDocumentWriterImpl w;
        QVERIFY(w.write(rows(120),
                        LedgerHeader{QStringLiteral("测试药房"), QDate(2026, 11, 1),
                                     QDate(2026, 11, 30)},
                        ExportFormat::Pdf, path)
                    .ok());
        const QByteArray pdf = read(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        // 120 rows do not fit one A4 landscape page: the table continues with its header.
        const qsizetype pages = QString::fromLatin1(pdf).count(
            QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    }
};

QTEST_MAIN(TestLedgerDocumentWriter)
#include "tst_ledgerdocumentwriter.moc"

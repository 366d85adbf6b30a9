#include "app/core/ports/clock.h"
#include "app/core/privacy/retention.h"
#include "storage/crypto/keyrotation.h"
#include "storage/crypto/keystore.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/crypto/personaldata.h"
#include "storage/database.h"
#include "tests/fakes/fakes.h"
#include "tests/support/plainscan.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::storage;
using namespace pos::storage::crypto;

/// The schema's personal data (migration 0008): a store written before it — ID numbers, patients'
/// names and e-voucher payloads in plain text — is encrypted in place, leaving no plain copy in the
/// database file or its WAL; the append-only triggers still hold; rotation and retention work on
/// the real tables.
class TestPersonalData : public QObject
{
    Q_OBJECT

    const QString m_buyerId = QStringLiteral("110105199001011234");
    const QString m_patientId = QStringLiteral("36010219850615002X");
    const QString m_patientName = QStringLiteral("欧阳秀英");
    const QString m_voucherId = QStringLiteral("44030519770101901X");
    const QByteArray m_voucherPayload = QByteArrayLiteral(
        "{\"ecToken\":\"ecT0k3n\",\"idNo\":\"44030519770101901X\",\"userName\":\"x\"}");
    const QByteArray m_originalFile =
        QByteArrayLiteral("%PDF-1.4 患者 欧阳秀英 36010219850615002X");
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 30))};

    static bool exec(Database& db, const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    QByteArray content(const QString& rxNo) const
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                         {QStringLiteral("rxno"), rxNo},
                                         {QStringLiteral("patName"), m_patientName},
                                         {QStringLiteral("patId"), m_patientId}})
            .toJson(QJsonDocument::Compact);
    }

    /// A store as PharmaPOS wrote it before 0008, with one of each kind of personal data.
    void createPlainStore(const QString& path, int sales = 3)
    {
        auto db = Database::openAtVersion(path, 7);
        QVERIFY(db.ok());
        for (int i = 0; i < sales; ++i)
            QVERIFY(exec(
                **db,
                QStringLiteral("INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                               "payment_method, tendered_fen, change_fen, buyer_id_number) VALUES "
                               "(?, ?, 'T01', 'zhangsan', 100, 'cash', 100, 0, ?)"),
                {QStringLiteral("XS-%1").arg(i),
                 QStringLiteral("2020-0%1-01 10:00:00.000").arg(i + 1),
                 i == 0 ? QString(QStringLiteral("")) : m_buyerId}));
        QVERIFY(
            exec(**db,
                 QStringLiteral("INSERT INTO prescription_content (rx_no, content_hash, content, "
                                "original_file) VALUES ('RX1', 'h1', ?, ?)"),
                 {QString::fromUtf8(content(QStringLiteral("RX1"))), m_originalFile}));
        QVERIFY(exec(**db, QStringLiteral(
                               "INSERT INTO prescription (rx_no, content_hash, issued_at, status, "
                               "source) VALUES ('RX1', 'h1', '2023-01-05 10:00:00.000', 1, 1)")));
        QVERIFY(exec(
            **db,
            QStringLiteral("INSERT INTO scan_journal (scanned_at, source, symbology, payload_hex, "
                           "family, outcome, reason, elapsed_us, operator) VALUES "
                           "('2026-09-01 10:00:00.000', 'sim', '', ?, 'insurance_voucher', "
                           "'accepted', '', 5, 'zhangsan')"),
            {QString::fromLatin1(m_voucherPayload.toHex())}));
        QVERIFY(exec(
            **db,
            QStringLiteral("INSERT INTO scan_journal (scanned_at, source, symbology, payload_hex, "
                           "family, outcome, reason, elapsed_us, operator) VALUES "
                           "('2026-09-01 10:00:01.000', 'sim', '', '36393031', 'ean13', "
                           "'accepted', '', 5, 'zhangsan')")));
    }

    QStringList plainValues() const { return {m_buyerId, m_patientId, m_patientName, m_voucherId}; }

private Q_SLOTS:
    void migratesPlainStoreAndLeavesNoTrace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pharmapos.sqlite"));
        createPlainStore(path);
        // Before: the plain values are there to be found (the scan is not blind).
        QVERIFY(!testsupport::findPlainValues({dir.path()}, plainValues()).isEmpty());

        auto store = KeyStore::open(
            KeyStoreSettings{dir.filePath(QStringLiteral("keys")), {}, {}, {}}, true, m_clock);
        QVERIFY(store.ok());
        OpenSslFieldCipher cipher((*store)->ring());
        {
            auto db = Database::open(path); // schema 0008 added
            QVERIFY(db.ok());
            QVERIFY(*needsPlaintextMigration(**db));
            Result<PlaintextMigrationReport> report = encryptPlaintextPersonalData(**db, cipher, 1);
            QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
            QCOMPARE(report->saleBuyerIds, 2);
            QCOMPARE(report->prescriptions, 1);
            QCOMPARE(report->scanPayloads, 1);
            QVERIFY(!*needsPlaintextMigration(**db));
            QCOMPARE(encryptPlaintextPersonalData(**db, cipher)->total(), 0); // idempotent

            // Every value reads back through its context; hashes find them.
            QSqlQuery q((*db)->connection());
            QVERIFY(
                q.exec(QStringLiteral("SELECT p.buyer_id_enc, p.buyer_id_hash, s.buyer_id_number "
                                      "FROM sale s JOIN sale_personal p ON p.sale_no = s.sale_no "
                                      "WHERE s.sale_no = 'XS-1'")));
            QVERIFY(q.next());
            QCOMPARE(*cipher.decryptText(q.value(0).toByteArray(),
                                         personal::saleBuyerId(QStringLiteral("XS-1"))),
                     m_buyerId);
            QCOMPARE(q.value(1).toByteArray(),
                     cipher.lookupHash(PersonalKind::IdNumber, m_buyerId));
            QCOMPARE(q.value(2).toString(), QString());
            QVERIFY(
                q.exec(QStringLiteral("SELECT COUNT(*) FROM sale_personal WHERE sale_no = 'XS-0'"))
                && q.next());
            QCOMPARE(q.value(0).toInt(), 0); // no buyer: nothing stored
            QVERIFY(q.exec(QStringLiteral(
                "SELECT p.content_enc, p.original_file_enc, p.patient_id_hash, "
                "p.patient_name_hash, c.content, length(c.original_file) FROM "
                "prescription_content c JOIN prescription_personal p USING (rx_no, content_hash)")));
            QVERIFY(q.next());
            QCOMPARE(*cipher.decrypt(q.value(0).toByteArray(),
                                     personal::prescriptionContent(QStringLiteral("RX1"),
                                                                   QStringLiteral("h1"))),
                     content(QStringLiteral("RX1")));
            QCOMPARE(*cipher.decrypt(q.value(1).toByteArray(),
                                     personal::prescriptionOriginalFile(QStringLiteral("RX1"),
                                                                        QStringLiteral("h1"))),
                     m_originalFile);
            QCOMPARE(q.value(2).toByteArray(),
                     cipher.lookupHash(PersonalKind::IdNumber, m_patientId));
            QCOMPARE(q.value(3).toByteArray(),
                     cipher.lookupHash(PersonalKind::PersonName, m_patientName));
            QCOMPARE(q.value(4).toString(), QString());
            QCOMPARE(q.value(5).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT j.id, j.payload_hex, p.payload_enc FROM scan_journal j LEFT JOIN "
                "scan_journal_personal p ON p.scan_id = j.id ORDER BY j.id")));
            QVERIFY(q.next());
            QCOMPARE(q.value(1).toString(), QString());
            QCOMPARE(*cipher.decrypt(q.value(2).toByteArray(),
                                     personal::scanPayload(q.value(0).toLongLong())),
                     m_voucherPayload);
            QVERIFY(q.next());
            QCOMPARE(q.value(1).toString(),
                     QStringLiteral("36393031")); // an EAN scan stays as it was
            QVERIFY(q.value(2).isNull());
            // The append-only triggers were only lifted for the migration: they are back.
            QVERIFY(!exec(**db,
                          QStringLiteral("UPDATE sale SET total_fen = 1 WHERE sale_no = 'XS-1'")));
            QVERIFY(!exec(**db, QStringLiteral("UPDATE prescription_content SET content = 'x'")));
        }
        // The database file, its WAL and SHM, and the key directory: not one plain value, in any
        // encoding (the key directory holds no personal data either).
        const QList<testsupport::PlainHit> hits =
            testsupport::findPlainValues({dir.path()}, plainValues());
        QVERIFY2(hits.isEmpty(), qPrintable(testsupport::describe(hits)));
    }

    void appendOnlyStillHolds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pharmapos.sqlite"));
        createPlainStore(path);
        auto db = Database::open(path);
        QVERIFY(
            !exec(**db, QStringLiteral("UPDATE sale SET total_fen = 1 WHERE sale_no = 'XS-1'")));
        QVERIFY(!exec(
            **db, QStringLiteral("UPDATE sale SET buyer_id_number = '' WHERE sale_no = 'XS-1'")));
        QVERIFY(!exec(**db, QStringLiteral("DELETE FROM sale WHERE sale_no = 'XS-1'")));
        QVERIFY(!exec(**db, QStringLiteral("UPDATE prescription_content SET content = ''")));
        QVERIFY(!exec(**db, QStringLiteral("DELETE FROM prescription_content")));
        // The side tables are not append-only (rotation rewrites, retention deletes), but they hold
        // only rows of records that exist.
        QVERIFY(!exec(
            **db,
            QStringLiteral(
                "INSERT INTO sale_personal (sale_no, buyer_id_enc) VALUES ('XS-404', x'01')")));
        QVERIFY(exec(
            **db, QStringLiteral(
                      "INSERT INTO sale_personal (sale_no, buyer_id_enc) VALUES ('XS-1', x'01')")));
        QVERIFY(exec(**db, QStringLiteral("UPDATE sale_personal SET buyer_id_enc = x'02'")));
        QVERIFY(exec(**db, QStringLiteral("DELETE FROM sale_personal")));
    }

    void rotationAndRetentionOnTheRealTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pharmapos.sqlite"));
        createPlainStore(path, 4);
        const KeyStoreSettings keys{dir.filePath(QStringLiteral("keys")),
                                    {},
                                    {},
                                    dir.filePath(QStringLiteral(".keyuse.lock"))};
        auto store = KeyStore::open(keys, true, m_clock);
        auto db = Database::open(path);
        QVERIFY(encryptPlaintextPersonalData(**db, OpenSslFieldCipher((*store)->ring())).ok());
        const QByteArray oldId = (*store)->ring()->current().id;

        std::vector<std::unique_ptr<SqlColumnHolder>> owned;
        QList<EncryptedHolder*> holders;
        for (const SqlHolderSpec& spec : personal::encryptedColumns()) {
            owned.push_back(std::make_unique<SqlColumnHolder>(**db, spec));
            holders << owned.back().get();
        }
        KeyRotation rotation(**store, holders, dir.filePath(QStringLiteral("rotation.progress")));
        Result<RotationOutcome> outcome = rotation.run();
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->rewritten, 3 + 2 + 1); // 3 buyer IDs, content + file, 1 payload
        OpenSslFieldCipher rotated((*store)->ring());
        QVERIFY(rotated.currentKeyId() != oldId);
        QSqlQuery q((*db)->connection());
        q.prepare(QStringLiteral(
            "SELECT sale_no, buyer_id_enc FROM sale_personal WHERE buyer_id_hash = ?"));
        q.bindValue(0, rotated.lookupHash(PersonalKind::IdNumber, m_buyerId));
        QVERIFY(q.exec());
        int found = 0;
        while (q.next()) {
            QCOMPARE(*rotated.decryptText(q.value(1).toByteArray(),
                                          personal::saleBuyerId(q.value(0).toString())),
                     m_buyerId);
            ++found;
        }
        QCOMPARE(found, 3); // the register by ID number works under the new key
        q.prepare(
            QStringLiteral("SELECT rx_no FROM prescription_personal WHERE patient_name_hash = ?"));
        q.bindValue(0, rotated.lookupHash(PersonalKind::PersonName, m_patientName));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("RX1"));

        // Retention on the injected clock: sales of 2020 are past CTRL-EPHEDRINE's 5 years only in
        // part; the 2023 prescription is past RX-ARCHIVE-2Y; the voucher payload past 30 days.
        std::vector<std::unique_ptr<SqlRetentionTarget>> targets;
        QList<RetentionTarget*> list;
        for (const SqlRetentionSpec& spec : personal::retentionTargets()) {
            targets.push_back(std::make_unique<SqlRetentionTarget>(**db, spec));
            list << targets.back().get();
        }
        fakes::FakeAuditLog audit;
        ManualClock clock(QDateTime(QDate(2025, 2, 15), QTime(12, 0)));
        RetentionService service(RetentionPolicy::defaults(), list, audit, clock);
        RetentionRunReport report = service.run();
        QVERIFY(report.ok());
        // 2025-02-15: XS-1 (2020-02-01) is past 5 years, XS-2 (2020-03-01) and XS-3 are not; the
        // prescription of 2023-01-05 is past 2 years; the payload of 2026-09 is in the future.
        QCOMPARE(report.targets.at(0).removedIds, QStringList{QStringLiteral("XS-1")});
        QCOMPARE(report.targets.at(1).removedIds, QStringList{QStringLiteral("RX1")});
        QCOMPARE(report.targets.at(2).removed, 0);
        QVERIFY(q.exec(QStringLiteral("SELECT sale_no FROM sale_personal ORDER BY sale_no")));
        QStringList kept;
        while (q.next())
            kept << q.value(0).toString();
        QCOMPARE(kept, (QStringList{QStringLiteral("XS-2"), QStringLiteral("XS-3")}));
        QVERIFY(q.exec(QStringLiteral("SELECT total_fen FROM sale WHERE sale_no = 'XS-1'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 100); // the sale itself stays for the ledger
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM prescription_personal")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT content_hash FROM prescription_content"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("h1")); // the review's binding stays
        QCOMPARE(audit.count(AuditAction::RetentionApplied), 2);

        clock.set(QDateTime(QDate(2026, 11, 23), QTime(12, 0)));
        report = service.run();
        QCOMPARE(report.targets.at(2).removed, 1); // the scan payload, 83 days old
        QCOMPARE(report.targets.at(0).removedIds,
                 (QStringList{QStringLiteral("XS-2"), QStringLiteral("XS-3")}));
        Result<RetentionHolding> holding = list.at(0)->holding({clock.now().addDays(-30)});
        QCOMPARE(holding->count, 0);
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"

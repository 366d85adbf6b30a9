// Migration 0018 on a real database under real AES-256-GCM and the store's real signing key: the
// settlement archive's records and documents round trip; the insured person is nowhere in the file
// in plain text; an append that does not follow the newest record is refused (two writers cannot
// fork the chain); the sealed columns cannot be updated nor a young record deleted; a key rotation
// re-encrypts the blobs and the chain still verifies; a file-level attacker who edits the database
// (a hash column, a blob moved to another row, a document replaced) is found by the verifier.

#include "app/core/archive/archivechain.h"
#include "app/core/ports/clock.h"
#include "storage/crypto/keyrotation.h"
#include "storage/crypto/keystore.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/crypto/opensslrecordsealer.h"
#include "storage/crypto/personaldata.h"
#include "storage/crypto/sqlencryptedcolumns.h"
#include "storage/database.h"
#include "storage/sqlarchivestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::archive;
using namespace pos::storage;
using namespace pos::storage::crypto;

namespace {

const QString kStore = QStringLiteral("H36010200001");
const QString kName = QStringLiteral("欧阳秀英");

struct Rig
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("pos.sqlite"));
    KeyStoreSettings keys{
        dir.filePath(QStringLiteral("keys")), {}, {}, dir.filePath(QStringLiteral(".keyuse.lock"))};
    ManualClock clock{QDateTime(QDate(2026, 12, 6), QTime(9, 0))};
    std::unique_ptr<KeyStore> keyStore = KeyStore::open(keys, true, clock).value();
    std::unique_ptr<Database> db = Database::open(path).value();
    std::unique_ptr<OpenSslFieldCipher> cipher =
        std::make_unique<OpenSslFieldCipher>(keyStore->ring());
    std::unique_ptr<OpenSslRecordSealer> sealer =
        std::make_unique<OpenSslRecordSealer>(keyStore->ring());
    std::unique_ptr<SqlArchiveStore> store = std::make_unique<SqlArchiveStore>(*db, *cipher);

    /// Seals the next record for settlement `no` with a slip and a signature.
    Status seal(const QString& no)
    {
        Result<std::optional<ArchiveRecord>> last = store->last();
        if (!last)
            return last.error();
        ArchiveRecord draft;
        draft.subject = no;
        draft.prescriptionNo = QStringLiteral("RX-") + no;
        draft.sealedAt = clock.now();
        draft.content =
            QJsonObject{{QStringLiteral("psn_name"), kName}, {QStringLiteral("fund_fen"), 3500}};
        QMap<QString, QByteArray> docs{
            {QStringLiteral("slip.txt"), (QStringLiteral("医保结算单 ") + no).toUtf8()},
            {QStringLiteral("signature.png"), QByteArray(300, '\x7f')}};
        for (auto it = docs.cbegin(); it != docs.cend(); ++it)
            draft.pieces.append(ArchivePiece{
                it.key(),
                QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex(),
                it.value().size(),
                {}});
        ArchiveRecord r = chainAfter(last->has_value() ? &**last : nullptr, draft, kStore);
        if (Status s = signRecord(r, kStore, *sealer); !s)
            return s;
        return store->append(r, docs);
    }

    /// The verifier over the store as it stands, documents read back and hashed.
    QList<ArchiveFinding> verify(const RecordSealer& with, const ArchiveStore& from)
    {
        ChainVerifier v(
            kStore, with,
            [&from](const ArchiveRecord& r, const ArchivePiece& p) -> std::optional<PieceProblem> {
                Result<std::optional<QByteArray>> d = from.document(r.seq, p.name);
                if (!d)
                    return PieceProblem{false, d.error().message};
                if (!d->has_value())
                    return PieceProblem{true, {}};
                if (QCryptographicHash::hash(**d, QCryptographicHash::Sha256).toHex() != p.sha256)
                    return PieceProblem{false, {}};
                return std::nullopt;
            });
        const Status walked = from.forEach([&v](qint64 seq, const Result<ArchiveRecord>& r) {
            if (r)
                v.feed(*r);
            else
                v.feedUnreadable(seq, r.error().message);
            return true;
        });
        if (!walked)
            qFatal("%s", qPrintable(walked.error().message));
        Result<std::optional<ArchiveHead>> head = from.head();
        return v.finish(head ? *head : std::nullopt);
    }
    QList<ArchiveFinding> verify() { return verify(*sealer, *store); }

    bool exec(const QString& sql)
    {
        QSqlQuery q(db->connection());
        return q.exec(sql);
    }
};

QString describeAll(const QList<ArchiveFinding>& f)
{
    QStringList out;
    for (const ArchiveFinding& x : f)
        out << x.describe();
    return out.join(u'\n');
}

} // namespace

class TestSqlArchiveStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsAndDocumentsRoundTripEncrypted()
    {
        Rig r;
        for (int i = 1; i <= 3; ++i)
            QVERIFY(r.seal(QStringLiteral("JS-T01-%1").arg(i)).ok());
        QVERIFY2(r.verify().isEmpty(), qPrintable(describeAll(r.verify())));
        auto found = r.store->findBySubjectOrPrescription(QStringLiteral("RX-JS-T01-2"));
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().content.value(QStringLiteral("psn_name")).toString(), kName);
        QCOMPARE(found->first().seq, 2);
        auto doc = r.store->document(2, QStringLiteral("slip.txt"));
        QVERIFY(doc.ok() && doc->has_value());
        QCOMPARE(**doc, QStringLiteral("医保结算单 JS-T01-2").toUtf8());
        QVERIFY(r.store->document(2, QStringLiteral("face.jpg"))->has_value() == false);
        auto head = r.store->head();
        QVERIFY(head.ok() && head->has_value());
        QCOMPARE((*head)->seq, 3);

        // The person's name and the slip's text are nowhere in the file in plain text.
        r.db.reset();
        QFile f(r.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(kName.toUtf8()));
        QVERIFY(!bytes.contains(QStringLiteral("医保结算单").toUtf8()));
    }

    void anAppendThatDoesNotFollowIsRefused()
    {
        Rig r;
        QVERIFY(r.seal(QStringLiteral("JS-1")).ok());
        // A second writer chained after the same record #1 (it read the chain before #2 landed).
        ArchiveRecord first = r.store->last()->value();
        ArchiveRecord draft;
        draft.subject = QStringLiteral("JS-2");
        draft.sealedAt = r.clock.now();
        ArchiveRecord a = chainAfter(&first, draft, kStore);
        QVERIFY(signRecord(a, kStore, *r.sealer).ok());
        ArchiveRecord b = a;
        b.subject = QStringLiteral("JS-other");
        b.hash = b.computeHash();
        QVERIFY(signRecord(b, kStore, *r.sealer).ok());
        QVERIFY(r.store->append(a, {}).ok());
        const Status refused = r.store->append(b, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().ruleId, QStringLiteral("SETTLE-SLIP"));
        QVERIFY(refused.error().message.contains(QStringLiteral("#2")));
        QVERIFY2(r.verify().isEmpty(), qPrintable(describeAll(r.verify())));
    }

    void sealedColumnsCannotChangeNorYoungRecordsGo()
    {
        Rig r;
        QVERIFY(r.seal(QStringLiteral("JS-1")).ok());
        QVERIFY(!r.exec(QStringLiteral("UPDATE archive_record SET subject = 'JS-9'")));
        QVERIFY(!r.exec(QStringLiteral("UPDATE archive_record SET hash = 'x'")));
        QVERIFY(!r.exec(QStringLiteral("UPDATE archive_document SET name = 'x'")));
        QVERIFY(!r.exec(QStringLiteral("DELETE FROM archive_document")));
        QVERIFY(!r.exec(QStringLiteral("DELETE FROM archive_record")));
        QSqlQuery q(r.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM archive_record), "
                                      "(SELECT COUNT(*) FROM archive_document)"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 2);
        // A record older than two years may go (the DELETE guard reads the database's clock).
        QVERIFY(r.exec(QStringLiteral("DROP TRIGGER archive_record_sealed")));
        QVERIFY(r.exec(
            QStringLiteral("UPDATE archive_record SET sealed_at = '2020-01-01 00:00:00.000'")));
        QVERIFY(r.exec(QStringLiteral("DELETE FROM archive_document")));
        QVERIFY(r.exec(QStringLiteral("DELETE FROM archive_record")));
    }

    void aKeyRotationKeepsTheChainTrue()
    {
        Rig r;
        for (int i = 1; i <= 3; ++i)
            QVERIFY(r.seal(QStringLiteral("JS-%1").arg(i)).ok());
        std::vector<std::unique_ptr<SqlColumnHolder>> owned;
        QList<EncryptedHolder*> holders;
        for (const SqlHolderSpec& spec : personal::encryptedColumns()) {
            owned.push_back(std::make_unique<SqlColumnHolder>(*r.db, spec));
            holders << owned.back().get();
        }
        KeyRotation rotation(*r.keyStore, holders,
                             r.dir.filePath(QStringLiteral("rotation.progress")));
        Result<RotationOutcome> outcome = rotation.run();
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->rewritten, 3 + 3 * 2); // the records; two documents each

        OpenSslFieldCipher rotated(r.keyStore->ring());
        OpenSslRecordSealer sealer(r.keyStore->ring()); // old signatures verify with retired keys
        SqlArchiveStore after(*r.db, rotated);
        const QList<ArchiveFinding> f = r.verify(sealer, after);
        QVERIFY2(f.isEmpty(), qPrintable(describeAll(f)));
    }

    void anAttackerEditingTheFileIsFound()
    {
        Rig r;
        for (int i = 1; i <= 4; ++i)
            QVERIFY(r.seal(QStringLiteral("JS-%1").arg(i)).ok());
        // With the guards out of the way, as anyone with the file and sqlite3 can.
        QVERIFY(r.exec(QStringLiteral("DROP TRIGGER archive_record_sealed")));
        QVERIFY(r.exec(QStringLiteral("DROP TRIGGER archive_document_sealed")));
        // #2's blob moved onto #3 (it no longer decrypts there), #4's slip replaced by #1's.
        QVERIFY(r.exec(QStringLiteral("UPDATE archive_record SET record_enc = (SELECT record_enc "
                                      "FROM archive_record WHERE seq = 2) WHERE seq = 3")));
        QVERIFY(r.exec(QStringLiteral(
            "UPDATE archive_document SET content_enc = (SELECT content_enc FROM archive_document "
            "WHERE seq = 1 AND name = 'slip.txt') WHERE seq = 4 AND name = 'slip.txt'")));
        const QList<ArchiveFinding> f = r.verify();
        QStringList got;
        for (const ArchiveFinding& x : f)
            got << ArchiveFinding::kindKey(x.kind) + QString::number(x.seq);
        QCOMPARE(got, (QStringList{QStringLiteral("altered3"), QStringLiteral("piece_altered4")}));
        QVERIFY2(f.first().describe().contains(QStringLiteral("无法解密")),
                 qPrintable(f.first().describe()));
        // A record removed behind the store's back (guards dropped) is named missing.
        QVERIFY(r.exec(QStringLiteral("DROP TRIGGER archive_record_kept_two_years")));
        QVERIFY(r.exec(QStringLiteral("DROP TRIGGER archive_document_kept_two_years")));
        QVERIFY(r.exec(QStringLiteral("DELETE FROM archive_document WHERE seq = 2")));
        QVERIFY(r.exec(QStringLiteral("DELETE FROM archive_record WHERE seq = 2")));
        QVERIFY(describeAll(r.verify()).contains(QStringLiteral("#2 不见了")));
    }
};

QTEST_GUILESS_MAIN(TestSqlArchiveStore)
#include "tst_sqlarchivestore.moc"

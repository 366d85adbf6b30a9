// The settlement archive's chain (SETTLE-SLIP, RX-ARCHIVE-2Y, DATA-TRACE): records sealed one
// after another, each with its documents by hash, the previous record's hash and the store key's
// signature. Every kind of tampering a file-level attacker can do is detected and named at the
// record it concerns: a changed field, a record re-hashed, removed, reordered, duplicated or cut
// off the end, a forged signature, a document changed or gone. A record says what it lacks.

#include "app/core/archive/archivechain.h"
#include "tests/fakes/fakeprivacy.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTest>

using namespace pos;
using namespace pos::archive;
using Kind = ArchiveFinding::Kind;

namespace {

const QString kStore = QStringLiteral("H36010200001");

QByteArray hashOf(const QByteArray& content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

/// A chain of `n` sealed records, each with a slip and a signature (their bytes in `files`).
struct Chain
{
    explicit Chain(int n)
    {
        for (int i = 1; i <= n; ++i) {
            ArchiveRecord draft;
            draft.kind = RecordKind::InsuredSettlement;
            draft.subject = QStringLiteral("JS-T01-%1").arg(i);
            draft.prescriptionNo = QStringLiteral("RX%1").arg(i);
            draft.sealedAt = QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC).addSecs(60LL * i);
            draft.content = QJsonObject{{QStringLiteral("setl_id"), QStringLiteral("ST%1").arg(i)},
                                        {QStringLiteral("fund_fen"), 3500 + i}};
            for (const QString& name :
                 {QStringLiteral("slip.txt"), QStringLiteral("signature.png")}) {
                const QByteArray bytes = (name + draft.subject).toUtf8();
                files.insert(draft.subject + u'/' + name, bytes);
                draft.pieces.append(ArchivePiece{name, hashOf(bytes), bytes.size(), {}});
            }
            draft.pieces.append(ArchivePiece{
                QStringLiteral("face.jpg"), {}, 0, QStringLiteral("未配置结算摄像头")});
            records.append(
                chainAfter(records.isEmpty() ? nullptr : &records.last(), draft, kStore));
            if (!signRecord(records.last(), kStore, sealer))
                qFatal("sign");
        }
    }

    [[nodiscard]] std::optional<ArchiveHead> head() const
    {
        return records.isEmpty() ? std::nullopt : std::optional(ArchiveHead::of(records.last()));
    }

    [[nodiscard]] QList<ArchiveFinding> verify(const QList<ArchiveRecord>& stored,
                                               std::optional<ArchiveHead> latest) const
    {
        return verifyChain(
            stored, kStore, latest, sealer,
            [this](const ArchiveRecord& r, const ArchivePiece& p) -> std::optional<PieceProblem> {
                const QString key = r.subject + u'/' + p.name;
                if (!files.contains(key))
                    return PieceProblem{true, QStringLiteral("文件不存在")};
                if (hashOf(files.value(key)) != p.sha256)
                    return PieceProblem{false, QStringLiteral("哈希不符")};
                return std::nullopt;
            });
    }
    [[nodiscard]] QList<ArchiveFinding> verify() const { return verify(records, head()); }

    /// A field changed and the record re-hashed and re-linked, as an attacker without the key can.
    void rewrite(int index, const QString& field, const QJsonValue& value)
    {
        ArchiveRecord& r = records[index];
        r.content.insert(field, value);
        r.hash = r.computeHash();
    }

    fakes::FakeRecordSealer sealer;
    QList<ArchiveRecord> records;
    QHash<QString, QByteArray> files;
};

QString describeAll(const QList<ArchiveFinding>& f)
{
    QStringList out;
    for (const ArchiveFinding& x : f)
        out << ArchiveFinding::kindKey(x.kind) + QStringLiteral(" #") + QString::number(x.seq)
                   + QStringLiteral(" ") + x.describe();
    return out.join(u'\n');
}

/// The findings as (kind, seq) pairs, in order.
QList<QPair<Kind, qint64>> kinds(const QList<ArchiveFinding>& f)
{
    QList<QPair<Kind, qint64>> out;
    for (const ArchiveFinding& x : f)
        out.append({x.kind, x.seq});
    return out;
}

} // namespace

namespace QTest {
template <> char* toString(const QList<QPair<Kind, qint64>>& v)
{
    QStringList s;
    for (const auto& [k, seq] : v)
        s << ArchiveFinding::kindKey(k) + QStringLiteral("#") + QString::number(seq);
    return qstrdup(qPrintable(s.join(QStringLiteral(", "))));
}
} // namespace QTest

class TestArchiveChain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aSealedChainVerifies()
    {
        Chain c(5);
        QCOMPARE(c.records.first().prevHash, genesisHash(kStore));
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(c.records.at(i).seq, i + 1);
            QCOMPARE(c.records.at(i).prevHash, c.records.at(i - 1).hash);
        }
        QVERIFY2(c.verify().isEmpty(), qPrintable(describeAll(c.verify())));
        QVERIFY(verifyChain({}, kStore, std::nullopt, c.sealer).isEmpty()); // nothing sealed yet
    }

    void aRecordSaysWhatItLacks()
    {
        Chain c(1);
        QCOMPARE(c.records.first().missingPieces(),
                 QStringList{QStringLiteral("face.jpg：未配置结算摄像头")});
    }

    void storedAndReadBackItIsTheSame()
    {
        Chain c(2);
        const QByteArray json = c.records.at(1).toJson();
        Result<ArchiveRecord> back = ArchiveRecord::fromJson(json);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->hash, c.records.at(1).hash);
        QCOMPARE(back->computeHash(), c.records.at(1).hash);
        QCOMPARE(back->signature, c.records.at(1).signature);
        QCOMPARE(back->pieces, c.records.at(1).pieces);
        QCOMPARE(back->toJson(), json);
        // Hostile input is refused, naming what is wrong.
        for (const QByteArray& badJson :
             {QByteArrayLiteral("{"), QByteArrayLiteral("[]"), QByteArrayLiteral("{\"version\":9}"),
              QByteArray(json).replace("insured_settlement", "bogus"),
              QByteArray(json).replace(c.records.at(1).prevHash, "00")}) {
            Result<ArchiveRecord> r = ArchiveRecord::fromJson(badJson);
            QVERIFY(!r.ok());
            QVERIFY(r.error().message.startsWith(QStringLiteral("归档记录无效")));
        }
    }

    void aChangedFieldIsNamed()
    {
        Chain c(5);
        QList<ArchiveRecord> stored = c.records;
        stored[2].content.insert(QStringLiteral("fund_fen"), 999999); // hash left as it was
        QCOMPARE(kinds(c.verify(stored, c.head())),
                 (QList<QPair<Kind, qint64>>{{Kind::Altered, 3}}));
        QVERIFY(c.verify(stored, c.head()).first().describe().contains(QStringLiteral("JS-T01-3")));
    }

    void aRecordRehashedWithoutTheKeyIsNamed()
    {
        Chain c(5);
        c.rewrite(2, QStringLiteral("fund_fen"),
                  1); // its own hash fits; its signature and link not
        QCOMPARE(kinds(c.verify()),
                 (QList<QPair<Kind, qint64>>{{Kind::HeadForged, 3}, {Kind::Altered, 3}}));
    }

    void aChainRewrittenToTheEndIsCaughtByTheSignatures()
    {
        Chain c(5);
        c.rewrite(2, QStringLiteral("fund_fen"), 1);
        for (int i = 3; i < 5; ++i) { // re-linked and re-hashed onward, with the old signatures
            c.records[i].prevHash = c.records[i - 1].hash;
            c.records[i].hash = c.records[i].computeHash();
        }
        const QList<ArchiveFinding> f =
            c.verify(c.records, ArchiveHead::of(Chain(5).records.last()));
        QCOMPARE(kinds(f), (QList<QPair<Kind, qint64>>{{Kind::HeadForged, 3},
                                                       {Kind::HeadForged, 4},
                                                       {Kind::HeadForged, 5},
                                                       {Kind::Altered, 5}}));
    }

    void aRemovedRecordIsNamed()
    {
        Chain c(6);
        QList<ArchiveRecord> stored = c.records;
        stored.removeAt(2);
        stored.removeAt(2); // #3 and #4
        QCOMPARE(kinds(c.verify(stored, c.head())),
                 (QList<QPair<Kind, qint64>>{{Kind::Missing, 3}}));
        QVERIFY2(c.verify(stored, c.head()).first().detail.contains(QStringLiteral("#3–#4")),
                 qPrintable(c.verify(stored, c.head()).first().detail));
    }

    void recordsCutOffTheEndAreNamed()
    {
        Chain c(4);
        const std::optional<ArchiveHead> head = c.head();
        QList<ArchiveRecord> stored = c.records.mid(0, 2);
        QCOMPARE(kinds(c.verify(stored, head)), (QList<QPair<Kind, qint64>>{{Kind::Truncated, 3}}));
        // Every record gone, the head kept apart still says there were four.
        QCOMPARE(kinds(c.verify({}, head)), (QList<QPair<Kind, qint64>>{{Kind::Truncated, 1}}));
        // Without a head kept apart the end cannot be vouched for, and verification says so.
        QCOMPARE(kinds(c.verify(stored, std::nullopt)),
                 (QList<QPair<Kind, qint64>>{{Kind::Truncated, 0}}));
    }

    void reorderedRecordsAreNamed()
    {
        Chain c(5);
        QList<ArchiveRecord> stored = c.records;
        stored.swapItemsAt(1, 3); // storage order 1, 4, 3, 2, 5
        QCOMPARE(kinds(c.verify(stored, c.head())),
                 (QList<QPair<Kind, qint64>>{{Kind::Reordered, 3}, {Kind::Reordered, 2}}));
    }

    void anInsertedRecordIsNamed()
    {
        Chain c(4);
        // A copy of #2 with another amount slipped in after it: same number, no valid signature.
        QList<ArchiveRecord> stored = c.records;
        ArchiveRecord extra = c.records.at(1);
        extra.content.insert(QStringLiteral("fund_fen"), 1);
        extra.hash = extra.computeHash();
        stored.insert(2, extra);
        QCOMPARE(kinds(c.verify(stored, c.head())),
                 (QList<QPair<Kind, qint64>>{{Kind::HeadForged, 2}, {Kind::Inserted, 2}}));
        // One appended past the signed head, even validly linked and signed by the fake key.
        Chain longer(5);
        QCOMPARE(kinds(longer.verify(longer.records, ArchiveHead::of(longer.records.at(3)))),
                 (QList<QPair<Kind, qint64>>{{Kind::Inserted, 5}}));
        // Another store's first record is not this chain's first.
        Chain other(1);
        QList<ArchiveRecord> foreign = other.records;
        QCOMPARE(
            kinds(verifyChain(foreign, QStringLiteral("H99999999999"), std::nullopt, other.sealer)),
            (QList<QPair<Kind, qint64>>{
                {Kind::HeadForged, 1}, {Kind::Inserted, 1}, {Kind::Truncated, 0}}));
    }

    void aForgedSignatureIsNamed()
    {
        Chain c(3);
        c.records[1].signature = QByteArrayLiteral("FSforged");
        QCOMPARE(kinds(c.verify()), (QList<QPair<Kind, qint64>>{{Kind::HeadForged, 2}}));
        std::optional<ArchiveHead> head = c.head();
        head->signature = QByteArrayLiteral("FSforged");
        c.records[1] = Chain(3).records.at(1);
        QCOMPARE(kinds(c.verify(c.records, head)),
                 (QList<QPair<Kind, qint64>>{{Kind::HeadForged, 3}}));
    }

    void changedOrMissingDocumentsAreNamed()
    {
        Chain c(3);
        c.files[QStringLiteral("JS-T01-2/signature.png")] += 'x';
        c.files.remove(QStringLiteral("JS-T01-3/slip.txt"));
        const QList<ArchiveFinding> f = c.verify();
        QCOMPARE(kinds(f),
                 (QList<QPair<Kind, qint64>>{{Kind::PieceAltered, 2}, {Kind::PieceMissing, 3}}));
        QVERIFY(f.at(0).describe().contains(QStringLiteral("signature.png")));
        QVERIFY(f.at(1).describe().contains(QStringLiteral("slip.txt")));
    }
    // A store's archive of years is checked in a stream: what the verifier holds stays bounded
    // by its window and tail, however many records pass, and a long chain verifies clean.
    void aLongChainIsCheckedInBoundedMemory()
    {
        const int n = int(ChainVerifier::kWindow + ChainVerifier::kTail) * 3;
        Chain c(n);
        ChainVerifier v(kStore, c.sealer);
        qsizetype mostHeld = 0;
        for (const ArchiveRecord& r : std::as_const(c.records)) {
            v.feed(r);
            mostHeld = std::max(mostHeld, v.recordsHeld());
        }
        QCOMPARE(v.recordsSeen(), n);
        QVERIFY2(mostHeld <= ChainVerifier::kWindow + ChainVerifier::kTail + 1,
                 qPrintable(QString::number(mostHeld)));
        const QList<ArchiveFinding> f = v.finish(c.head());
        QVERIFY2(f.isEmpty(), qPrintable(describeAll(f)));

        // Tampering far apart in that long chain is still each named where it is.
        QList<ArchiveRecord> stored = c.records;
        const ArchiveRecord moved = stored.takeAt(100); // #101 stored at the very end
        stored.append(moved);
        stored.removeAt(5000);                          // #5002 removed
        c.rewrite(9000, QStringLiteral("fund_fen"), 1); // #9001 changed and re-hashed
        for (ArchiveRecord& r : stored)
            if (r.seq == 9001)
                r = c.records.at(9000);
        // Found as each record is read (its signature; #101 where it was stored), then the gaps,
        // then the links.
        QCOMPARE(kinds(c.verify(stored, c.head())),
                 (QList<QPair<Kind, qint64>>{{Kind::HeadForged, 9001},
                                             {Kind::Reordered, 101},
                                             {Kind::Missing, 5002},
                                             {Kind::Altered, 9001}}));
    }

    // A record stored far from its place (beyond the window) is reordered, not missing too; a
    // duplicate found after its number was linked is named as one.
    void aRecordStoredFarOutOfOrderIsReorderedNotMissing()
    {
        Chain c(int(ChainVerifier::kWindow) * 3);
        QList<ArchiveRecord> stored = c.records;
        const ArchiveRecord moved = stored.takeAt(9); // #10
        stored.append(moved);
        stored.append(c.records.at(20)); // #21 again
        QCOMPARE(kinds(c.verify(stored, c.head())),
                 (QList<QPair<Kind, qint64>>{{Kind::Reordered, 10}, {Kind::Inserted, 21}}));
    }

    // More records after the signed head than the verifier keeps: those beyond its tail named
    // as one range, the rest each.
    void manyRecordsAfterTheSignedHeadAreNamed()
    {
        const int n = int(ChainVerifier::kTail) + 200;
        Chain c(n);
        const std::optional<ArchiveHead> early = ArchiveHead::of(c.records.at(49)); // #50
        const QList<ArchiveFinding> f = c.verify(c.records, early);
        QCOMPARE(f.size(), 1 + ChainVerifier::kTail);
        QCOMPARE(f.first().kind, Kind::Inserted);
        QCOMPARE(f.first().seq, 51);
        QVERIFY2(f.first().detail.contains(QStringLiteral("#51–#%1").arg(n - ChainVerifier::kTail)),
                 qPrintable(f.first().detail));
        QCOMPARE(f.last().kind, Kind::Inserted);
        QCOMPARE(f.last().seq, n);
    }
};

QTEST_GUILESS_MAIN(TestArchiveChain)
#include "tst_archivechain.moc"

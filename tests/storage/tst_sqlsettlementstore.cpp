#include "app/core/ports/clock.h"
#include "storage/crypto/keyrotation.h"
#include "storage/crypto/keystore.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/crypto/personaldata.h"
#include "storage/database.h"
#include "storage/sqlledgerstore.h"
#include "storage/sqlsettlementstore.h"
#include "tests/support/plainscan.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::storage;
using namespace pos::storage::crypto;

/// Migration 0017 on a real database under real AES-256-GCM: settlements and platform calls round
/// trip; the insured person and the calls' bodies are nowhere in the file in plain text; the
/// settlement's Settled state and its answered 2102 commit with the sale's transaction or not at
/// all; open 2102/2103 calls are found for resolution; key rotation rewrites these blobs too.
class TestSqlSettlementStore : public QObject
{
    Q_OBJECT

    const QString m_name = QStringLiteral("欧阳秀英");
    const QString m_certNo = QStringLiteral("360102198506150029");
    const QString m_psnNo = QStringLiteral("P36010000000777");
    const QDateTime m_morning{QDate(2026, 12, 4), QTime(9, 30)};

    struct Rig
    {
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("pos.sqlite"));
        KeyStoreSettings keys{dir.filePath(QStringLiteral("keys")),
                              {},
                              {},
                              dir.filePath(QStringLiteral(".keyuse.lock"))};
        ManualClock clock{QDateTime(QDate(2026, 12, 4), QTime(9, 0))};
        std::unique_ptr<KeyStore> keyStore = KeyStore::open(keys, true, clock).value();
        std::unique_ptr<Database> db = Database::open(path).value();
        std::unique_ptr<OpenSslFieldCipher> cipher =
            std::make_unique<OpenSslFieldCipher>(keyStore->ring());
        std::unique_ptr<SqlSettlementStore> store =
            std::make_unique<SqlSettlementStore>(*db, *cipher);
    };

    InsuredSettlementRecord record(const QString& no, SettleState state) const
    {
        InsuredSettlementRecord r;
        r.settlementNo = no;
        r.terminal = QStringLiteral("T01");
        r.operatorName = QStringLiteral("张三");
        r.rxNo = QStringLiteral("RX-") + no;
        r.state = state;
        r.person = InsuredPerson{m_psnNo,
                                 m_name,
                                 m_certNo,
                                 QStringLiteral("2"),
                                 QStringLiteral("1985-06-15"),
                                 QStringLiteral("310"),
                                 QStringLiteral("360102"),
                                 Money::fromFen(5000)};
        r.lines << SettlementLine{0,
                                  QStringLiteral("P1"),
                                  QStringLiteral("XJ01CAA001A001010101234"),
                                  QStringLiteral("阿莫西林胶囊"),
                                  QStringLiteral("0.25g*24粒"),
                                  QStringLiteral("B2601"),
                                  QStringLiteral("2028-01-31"),
                                  2,
                                  Money::fromFen(3400),
                                  Money::fromFen(6800),
                                  {QStringLiteral("81234567890123456789")},
                                  true};
        r.preSplit = SettlementSplit{Money::fromFen(6800),
                                     Money::fromFen(4760),
                                     Money::fromFen(2040),
                                     Money::fromFen(0),
                                     Money::fromFen(2960),
                                     {},
                                     {},
                                     {}};
        r.createdAt = m_morning;
        r.updatedAt = m_morning;
        if (isSettled(state)) {
            r.split = r.preSplit;
            r.split.setlId = QStringLiteral("SETL-") + no;
            r.split.mdtrtId = QStringLiteral("MD-") + no;
            r.split.settledAt = m_morning.addSecs(60);
            r.saleNo = QStringLiteral("XS-") + no;
        }
        return r;
    }

    PlatformCallRecord call(const QString& msgId, const QString& infno, const QString& no) const
    {
        PlatformCallRecord c;
        c.msgId = msgId;
        c.infno = infno;
        c.settlementNo = no;
        c.input = QJsonObject{{QStringLiteral("psn_name"), m_name},
                              {QStringLiteral("certno"), m_certNo},
                              {QStringLiteral("psn_no"), m_psnNo}};
        c.sentAt = m_morning;
        return c;
    }

private Q_SLOTS:
    void settlementsRoundTripAndAreFoundByEachKey()
    {
        Rig r;
        const InsuredSettlementRecord signedOne =
            record(QStringLiteral("JS-1"), SettleState::Signed);
        const InsuredSettlementRecord printed =
            record(QStringLiteral("JS-2"), SettleState::SlipPrinted);
        const InsuredSettlementRecord open =
            record(QStringLiteral("JS-3"), SettleState::PreSettled);
        InsuredSettlementRecord refunded = record(QStringLiteral("JS-4"), SettleState::Refunded);
        refunded.endReason = QStringLiteral("退货");
        for (const InsuredSettlementRecord& s : {signedOne, printed, open, refunded})
            QVERIFY(r.store->save(s).ok());

        auto back = r.store->find(QStringLiteral("JS-1"));
        QVERIFY(back.ok() && back->has_value());
        QCOMPARE((*back)->toJson(), signedOne.toJson());
        QCOMPARE((*back)->person.certNo, m_certNo);
        auto bySale = r.store->findBySale(QStringLiteral("XS-JS-2"));
        QVERIFY(bySale.ok() && bySale->has_value());
        QCOMPARE((*bySale)->settlementNo, QStringLiteral("JS-2"));
        QVERIFY(!r.store->find(QStringLiteral("JS-404"))->has_value());

        // RX-SINGLE locally: a standing settlement holds its prescription, a refunded one not.
        QCOMPARE(r.store->settlementOfPrescription(QStringLiteral("RX-JS-1"))->value_or(QString()),
                 QStringLiteral("JS-1"));
        QVERIFY(!r.store->settlementOfPrescription(QStringLiteral("RX-JS-4"))->has_value());

        // What a restart resumes: the printed-but-unsigned and the pre-settled, not the signed or
        // the refunded.
        auto unfinished = r.store->unfinished();
        QVERIFY(unfinished.ok());
        QStringList numbers;
        for (const InsuredSettlementRecord& s : *unfinished)
            numbers << s.settlementNo;
        numbers.sort();
        QCOMPARE(numbers, (QStringList{QStringLiteral("JS-2"), QStringLiteral("JS-3")}));

        auto day = r.store->settledBetween(m_morning, m_morning.addSecs(3600));
        QVERIFY(day.ok());
        numbers.clear();
        for (const InsuredSettlementRecord& s : *day)
            numbers << s.settlementNo;
        numbers.sort();
        QCOMPARE(numbers, (QStringList{QStringLiteral("JS-1"), QStringLiteral("JS-2")}));
        QVERIFY(r.store->settledBetween(m_morning.addDays(1), m_morning.addDays(2))->isEmpty());
    }

    void openSettlingCallsAreFoundUntilResolved()
    {
        Rig r;
        QVERIFY(r.store
                    ->recordCall(
                        call(QStringLiteral("M1"), QStringLiteral("1101"), QStringLiteral("JS-1")))
                    .ok());
        PlatformCallRecord settle =
            call(QStringLiteral("M2"), QStringLiteral("2102"), QStringLiteral("JS-1"));
        QVERIFY(r.store->recordCall(settle).ok());
        PlatformCallRecord refund =
            call(QStringLiteral("M3"), QStringLiteral("2103"), QStringLiteral("JS-0"));
        refund.state = CallState::Unknown;
        QVERIFY(r.store->recordCall(refund).ok());

        auto open = r.store->unresolvedCalls();
        QVERIFY(open.ok());
        QStringList ids;
        for (const PlatformCallRecord& c : *open)
            ids << c.msgId;
        ids.sort();
        // An unanswered 1101 changes nothing on the platform: only 2102 and 2103 wait for 2601.
        QCOMPARE(ids, (QStringList{QStringLiteral("M2"), QStringLiteral("M3")}));

        settle.state = CallState::Reversed;
        settle.message = QStringLiteral("2601 已冲正");
        settle.answeredAt = m_morning.addSecs(5);
        QVERIFY(r.store->updateCall(settle).ok());
        open = r.store->unresolvedCalls();
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().msgId, QStringLiteral("M3"));

        auto calls = r.store->callsOf(QStringLiteral("JS-1"));
        QVERIFY(calls.ok());
        QCOMPARE(calls->size(), 2);
        QCOMPARE(calls->at(0).msgId, QStringLiteral("M1"));
        QCOMPARE(calls->at(1).state, CallState::Reversed);
        QCOMPARE(calls->at(1).message, QStringLiteral("2601 已冲正"));
        QCOMPARE(calls->at(1).input.value(QStringLiteral("certno")).toString(), m_certNo);
    }

    void settledStateCommitsWithTheSaleOrNotAtAll()
    {
        Rig r;
        SqlLedgerStore ledger(*r.db, *r.cipher);
        InsuredSettlementRecord settling = record(QStringLiteral("JS-9"), SettleState::Settling);
        QVERIFY(r.store->save(settling).ok());
        PlatformCallRecord sent =
            call(QStringLiteral("M9"), QStringLiteral("2102"), QStringLiteral("JS-9"));
        QVERIFY(r.store->recordCall(sent).ok());

        InsuredSettlementRecord settled = record(QStringLiteral("JS-9"), SettleState::Settled);
        PlatformCallRecord answered = sent;
        answered.state = CallState::Answered;
        answered.infcode = 0;
        answered.output = QJsonObject{{QStringLiteral("setl_id"), settled.split.setlId}};
        {
            // A crash before the commit: the transaction rolls back, the settlement is still
            // Settling with its call open — what recovery resolves by 2601.
            auto tx = ledger.begin(PostingContext{m_morning, QStringLiteral("张三"), true});
            QVERIFY(tx.ok());
            QVERIFY((*tx)->commitSettlement(settled, answered).ok());
        }
        QCOMPARE((*r.store->find(QStringLiteral("JS-9")))->state, SettleState::Settling);
        QCOMPARE(r.store->unresolvedCalls()->size(), 1);

        auto tx = ledger.begin(PostingContext{m_morning, QStringLiteral("张三"), true});
        QVERIFY(tx.ok());
        QVERIFY((*tx)->commitSettlement(settled, answered).ok());
        QVERIFY((*tx)->commit().ok());
        QCOMPARE((*r.store->find(QStringLiteral("JS-9")))->state, SettleState::Settled);
        QCOMPARE((*r.store->find(QStringLiteral("JS-9")))->split.setlId,
                 QStringLiteral("SETL-JS-9"));
        QVERIFY(r.store->unresolvedCalls()->isEmpty());
    }

    void theDatabaseFileHoldsNoPersonalDataInPlainText()
    {
        Rig r;
        QVERIFY(r.store->save(record(QStringLiteral("JS-1"), SettleState::Signed)).ok());
        PlatformCallRecord c =
            call(QStringLiteral("M1"), QStringLiteral("1101"), QStringLiteral("JS-1"));
        c.state = CallState::Answered;
        c.output =
            QJsonObject{{QStringLiteral("psn_name"), m_name}, {QStringLiteral("certno"), m_certNo}};
        c.message = QStringLiteral("查询 %1").arg(m_name);
        QVERIFY(r.store->recordCall(c).ok());
        QVERIFY(r.db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        QString error;
        // The key lives outside the data: scan only the database and its journal files.
        const QList<testsupport::PlainHit> hits = testsupport::findPlainValues(
            {r.path, r.path + QStringLiteral("-wal")}, {m_name, m_certNo, m_psnNo}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(hits.isEmpty(), qPrintable(testsupport::describe(hits)));
        // …and the plain columns still answer the queries they exist for.
        QSqlQuery q(r.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT fund_fen, setl_id FROM insured_settlement")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 4760);
        QCOMPARE(q.value(1).toString(), QStringLiteral("SETL-JS-1"));
    }

    void aBlobMovedToAnotherRowIsRefused()
    {
        // A file-level attacker swaps two settlements' records: each blob is bound to its own
        // settlement number, so the swapped row does not decrypt instead of lying.
        Rig r;
        QVERIFY(r.store->save(record(QStringLiteral("JS-1"), SettleState::Signed)).ok());
        QVERIFY(r.store->save(record(QStringLiteral("JS-2"), SettleState::Signed)).ok());
        QVERIFY(r.db->exec(QStringLiteral(
                               "UPDATE insured_settlement SET record_enc = (SELECT record_enc FROM "
                               "insured_settlement WHERE settlement_no = 'JS-2') WHERE "
                               "settlement_no = 'JS-1'"))
                    .ok());
        auto swapped = r.store->find(QStringLiteral("JS-1"));
        QVERIFY(!swapped.ok());
        QVERIFY2(swapped.error().message.contains(QStringLiteral("JS-1")),
                 qPrintable(swapped.error().message));
        QVERIFY(r.store->find(QStringLiteral("JS-2")).ok());
    }

    void keyRotationRewritesSettlementsAndCalls()
    {
        Rig r;
        QVERIFY(r.store->save(record(QStringLiteral("JS-1"), SettleState::Signed)).ok());
        PlatformCallRecord c =
            call(QStringLiteral("M1"), QStringLiteral("2102"), QStringLiteral("JS-1"));
        c.state = CallState::Answered;
        c.output = QJsonObject{{QStringLiteral("setl_id"), QStringLiteral("SETL-JS-1")}};
        c.message = QStringLiteral("成功");
        QVERIFY(r.store->recordCall(c).ok());
        const QByteArray oldId = r.keyStore->ring()->current().id;

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
        QCOMPARE(outcome->rewritten, 1 + 3); // the record; the call's input, output and message

        // The old key is gone from the ring; every blob reads under the new one.
        OpenSslFieldCipher rotated(r.keyStore->ring());
        QVERIFY(rotated.currentKeyId() != oldId);
        SqlSettlementStore after(*r.db, rotated);
        auto back = after.find(QStringLiteral("JS-1"));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE((*back)->person.name, m_name);
        auto calls = after.callsOf(QStringLiteral("JS-1"));
        QVERIFY(calls.ok());
        QCOMPARE(calls->first().output.value(QStringLiteral("setl_id")).toString(),
                 QStringLiteral("SETL-JS-1"));
        QCOMPARE(calls->first().message, QStringLiteral("成功"));
    }
};

QTEST_GUILESS_MAIN(TestSqlSettlementStore)
#include "tst_sqlsettlementstore.moc"

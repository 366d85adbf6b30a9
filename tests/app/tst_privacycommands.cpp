#include "app/privacycommands.h"
#include "app/privacywiring.h"
#include "storage/crypto/keystore.h"
#include "storage/crypto/opensslfieldcipher.h"
#include "storage/crypto/opensslfilesealer.h"
#include "storage/crypto/personaldata.h"
#include "storage/database.h"
#include "tests/fakes/fakeprivacy.h"
#include "tests/fakes/fakes.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace pos;
using namespace pos::app;
using namespace pos::storage::crypto;

/// `pharmapos privacy report` and `privacy retention run` over the store's real tables and a folder
/// of sealed faces, on an injected clock.
class TestPrivacyCommands : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList& args, const PrivacyCommandContext& c)
    {
        Run r;
        QTextStream out(&r.out), err(&r.err);
        r.code = runPrivacy(args, c, out, err);
        out.flush();
        err.flush();
        return r;
    }

private Q_SLOTS:
    void emptyStoreHoldsNothingEncrypted()
    {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("pharmapos.sqlite")));
        PrivacyWiring wiring(**db);
        QCOMPARE(*wiring.holdsEncryptedData(), false); // first start: the key may be created
    }

    void reportAndRetention()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
        auto store = KeyStore::open(
            KeyStoreSettings{dir.filePath(QStringLiteral("keys")), {}, {}, {}}, true, clock);
        QVERIFY(store.ok());
        OpenSslFieldCipher cipher((*store)->ring());
        auto db = storage::Database::open(dir.filePath(QStringLiteral("pharmapos.sqlite")));
        QVERIFY(db.ok());
        const QList<QString> soldAt{QStringLiteral("2026-11-20 10:00:00.000"),
                                    QStringLiteral("2019-01-02 10:00:00.000")};
        for (int i = 0; i < soldAt.size(); ++i) {
            const QString saleNo = QStringLiteral("XS-%1").arg(i);
            QSqlQuery q((*db)->connection());
            q.prepare(
                QStringLiteral("INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                               "payment_method, tendered_fen, change_fen) VALUES "
                               "(?, ?, 'T01', 'zhangsan', 100, 'cash', 100, 0)"));
            q.bindValue(0, saleNo);
            q.bindValue(1, soldAt.at(i));
            QVERIFY(q.exec());
            q.prepare(
                QStringLiteral("INSERT INTO sale_personal (sale_no, buyer_id_enc) VALUES (?, ?)"));
            q.bindValue(0, saleNo);
            q.bindValue(1, *cipher.encryptText(QStringLiteral("110105199001011234"),
                                               personal::saleBuyerId(saleNo)));
            QVERIFY(q.exec());
        }
        // A store not yet migrated: one plain ID number left.
        QVERIFY(
            (*db)
                ->exec(QStringLiteral(
                    "INSERT INTO sale (sale_no, sold_at, terminal, operator, total_fen, "
                    "payment_method, tendered_fen, change_fen, buyer_id_number) VALUES "
                    "('XS-9', '2026-11-01 10:00:00.000', 'T01', 'x', 1, 'cash', 1, 0, '110105199001011234')"))
                .ok());
        const QString faces = dir.filePath(QStringLiteral("faces"));
        QVERIFY(QDir().mkpath(faces));
        OpenSslFileSealer oldFaces((*store)->ring(), clock);
        clock.set(QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
        QVERIFY(oldFaces.writeAll(QDir(faces).filePath(QStringLiteral("JS-1.sealed")), {}, "face")
                    .ok());
        clock.set(QDateTime(QDate(2026, 11, 22), QTime(9, 0)));
        QVERIFY(oldFaces.writeAll(QDir(faces).filePath(QStringLiteral("JS-2.sealed")), {}, "face")
                    .ok());
        clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));

        PrivacyWiring wiring(**db);
        QVERIFY(*wiring.holdsEncryptedData()); // a lost key file must not be replaced by a new key
        wiring.addFolder(SealedFileFolder::Spec{QStringLiteral("files:faces"),
                                                faces,
                                                {QStringLiteral("*.sealed")},
                                                RetentionKind::FaceImage,
                                                QStringLiteral("结算人脸图像"),
                                                {}});
        fakes::FakeAuditLog audit;
        PrivacyCommandContext c;
        c.targets = wiring.targets();
        c.holders = wiring.holders();
        c.currentKeyId = (*store)->ring()->current().id;
        c.audit = &audit;
        c.clock = &clock;
        c.actor = QStringLiteral("wangwu");
        c.afterRemoval = [&wiring] { return wiring.flushRemovedPages(); };

        Run report = run({QStringLiteral("privacy"), QStringLiteral("report")}, c);
        QCOMPARE(report.code, 1); // plain personal data remains: the report says so and fails
        QVERIFY2(report.out.contains(QStringLiteral(
                     "含麻黄碱药品购买登记 | 含麻黄碱药品购买人身份证号（销售单） | 2 |")),
                 qPrintable(report.out));
        QVERIFY(report.out.contains(
            QStringLiteral("人脸图像 | 结算人脸图像 | 2 | 2026-06-01 | 1 | 0 | 1 | 0 | 0")));
        QVERIFY(report.out.contains(QStringLiteral("明文 1 条（需要迁移加密！）")));
        QVERIFY(!report.out.contains(QStringLiteral("110105199001011234")));

        Run dry = run({QStringLiteral("privacy"), QStringLiteral("retention"),
                       QStringLiteral("run"), QStringLiteral("--dry-run")},
                      c);
        QCOMPARE(dry.code, 0);
        QVERIFY(dry.out.contains(QStringLiteral("试运行")));
        QVERIFY(QFile::exists(QDir(faces).filePath(QStringLiteral("JS-1.sealed"))));

        Run real =
            run({QStringLiteral("privacy"), QStringLiteral("retention"), QStringLiteral("run")}, c);
        QCOMPARE(real.code, 0);
        // The 2019 sale is past CTRL-EPHEDRINE's 5 years; the June face past the 90 days of faces.
        QVERIFY2(real.out.contains(QStringLiteral(
                     "sale.buyer_id（含麻黄碱药品购买登记，保存 5 年，法定最短 5 年）：删除 1 条")),
                 qPrintable(real.out));
        QVERIFY(real.out.contains(QStringLiteral("XS-1")));
        QVERIFY(!QFile::exists(QDir(faces).filePath(QStringLiteral("JS-1.sealed"))));
        QVERIFY(QFile::exists(QDir(faces).filePath(QStringLiteral("JS-2.sealed"))));
        QCOMPARE(audit.count(AuditAction::RetentionApplied), 2);
        QCOMPARE(audit.of(AuditAction::RetentionApplied).first().actor, QStringLiteral("wangwu"));

        QCOMPARE(run({QStringLiteral("privacy"), QStringLiteral("forget")}, c).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestPrivacyCommands)
#include "tst_privacycommands.moc"

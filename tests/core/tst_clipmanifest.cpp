#include "app/core/camera/clipmanifest.h"
#include "app/core/camera/evidenceaccess.h"
#include "tests/fakes/camerafakes.h"
#include "tests/fakes/fakes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::camera;

namespace {

ClipManifest manifest()
{
    ClipManifest m;
    m.settlementNo = QStringLiteral("JS-20261120-0001");
    m.store = QStringLiteral("仁心大药房");
    m.terminal = QStringLiteral("T01");
    m.start = QDateTime(QDate(2026, 11, 20), QTime(10, 0, 0, 120));
    m.end = m.start.addSecs(95);
    for (int i = 0; i < 3; ++i) {
        ManifestEntry e;
        e.file = QStringLiteral("seg-%1.mkv").arg(i);
        e.start = m.start.addSecs(i * 30);
        e.end = e.start.addSecs(30);
        e.frames = 450;
        e.bytes = 4'000'000 + i;
        e.sha256 = QByteArray(64, char('a' + i));
        m.segments.append(e);
    }
    ManifestEntry face;
    face.file = QStringLiteral("face.jpg");
    face.start = face.end = m.start.addSecs(20);
    face.bytes = 30'000;
    face.sha256 = QByteArray(64, 'f');
    m.face = face;
    m.link();
    return m;
}

} // namespace

class TestClipManifest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // CAM-VIDEO: the manifest round-trips exactly, and its chain links every entry to the one
    // before, starting from the settlement number.
    void roundTripAndChain()
    {
        const ClipManifest m = manifest();
        QVERIFY(m.chainProblems().isEmpty());
        QCOMPARE(m.segments.at(0).chain,
                 chainLink(chainSeed(m.settlementNo), QStringLiteral("seg-0.mkv"),
                           m.segments.at(0).sha256));
        QCOMPARE(m.chain, m.face->chain);
        const QByteArray json = m.toJson();
        const Result<ClipManifest> back = ClipManifest::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), json); // canonical: what is hashed is stable
        QCOMPARE(back->segments, m.segments);
        QCOMPARE(back->face, m.face);
        QCOMPARE(back->end, m.end);
        QVERIFY(json.contains("仁心大药房"));
    }

    // Every change to the entries breaks the chain at that entry or after it.
    void chainBreaks_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("CAM-VIDEO a segment's hash swapped") << 0;
        QTest::newRow("CAM-VIDEO a segment removed") << 1;
        QTest::newRow("CAM-VIDEO two segments reordered") << 2;
        QTest::newRow("CAM-VIDEO the face replaced") << 3;
        QTest::newRow("CAM-VIDEO another settlement's number") << 4;
    }
    void chainBreaks()
    {
        QFETCH(int, change);
        ClipManifest m = manifest();
        switch (change) {
        case 0: m.segments[1].sha256 = QByteArray(64, 'z'); break;
        case 1: m.segments.removeAt(1); break;
        case 2: m.segments.swapItemsAt(0, 1); break;
        case 3: m.face->sha256 = QByteArray(64, 'e'); break;
        case 4: m.settlementNo = QStringLiteral("JS-20261120-0002"); break;
        }
        QVERIFY(!m.chainProblems().isEmpty());
    }

    void badManifestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("nope");
        QTest::newRow("wrong version") << QByteArray(R"({"version":2})");
        QTest::newRow("no settlement")
            << QByteArray(R"({"version":1,"outcome":"completed","segments":[]})");
        QTest::newRow("a path in a file name") << QByteArray(
            R"({"version":1,"settlement":"JS-1","outcome":"completed","segments":[{"file":"../../etc/passwd","sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}]})");
    }
    void badManifestsAreRefused()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!ClipManifest::fromJson(json).ok());
    }

    // CAM-CONSENT: only the store manager sees faces and clips; each view and export is audited,
    // each refusal too.
    void accessByRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("CAM-CONSENT manager") << "wangwu" << true;
        QTest::newRow("CAM-CONSENT cashier") << "zhangsan" << false;
        QTest::newRow("CAM-CONSENT pharmacist") << "lisi" << false;
        QTest::newRow("CAM-CONSENT administrator") << "admin" << false;
    }
    void accessByRole()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        fakes::StaffFixture staff(clock);
        staff.loginAs(user);
        fakes::FakeEvidenceArchive archive;
        EvidenceSummary summary;
        summary.clip.settlementNo = QStringLiteral("JS-1");
        archive.clips.insert(QStringLiteral("JS-1"), summary);
        archive.faces.insert(QStringLiteral("JS-1"), QByteArray("jpeg"));
        EvidenceAccess access(archive, staff.access);
        const int before = int(staff.audit.events.size());
        const Result<QByteArray> face = access.viewFace(QStringLiteral("JS-1"));
        const Result<std::unique_ptr<ClipPlayback>> clip = access.playClip(QStringLiteral("JS-1"));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("x.mkv"));
        const Status exported = access.exportClip(QStringLiteral("JS-1"), out);
        QCOMPARE(face.ok(), allowed);
        QCOMPARE(clip.ok(), allowed);
        QCOMPARE(exported.ok(), allowed);
        if (allowed) {
            QCOMPARE(*face, QByteArray("jpeg"));
            QCOMPARE(staff.audit.count(AuditAction::EvidenceViewed), 2);
            QCOMPARE(staff.audit.count(AuditAction::EvidenceExported), 1);
            QVERIFY(staff.audit.of(AuditAction::EvidenceExported).at(0).detail.contains(out));
            QCOMPARE(staff.audit.events.constLast().actor, user);
            QCOMPARE(archive.exported, QStringList{out});
            QVERIFY(QFile::exists(out));
        } else {
            QCOMPARE(face.error().code, ErrorCode::PermissionDenied);
            QCOMPARE(staff.audit.count(AuditAction::EvidenceViewed), 0);
            QCOMPARE(staff.audit.events.size(), before + 3); // three refusals recorded
            QVERIFY(archive.exported.isEmpty());
        }
    }

    // DATA-PRIVACY: a view or export the audit trail cannot record does not happen.
    void unauditableViewsAreRefused()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        fakes::StaffFixture staff(clock);
        staff.loginAs(QStringLiteral("wangwu"));
        fakes::FakeEvidenceArchive archive;
        EvidenceSummary summary;
        summary.clip.settlementNo = QStringLiteral("JS-1");
        archive.clips.insert(QStringLiteral("JS-1"), summary);
        archive.faces.insert(QStringLiteral("JS-1"), QByteArray("jpeg"));
        EvidenceAccess access(archive, staff.access);
        staff.audit.fail = true;
        const Result<QByteArray> face = access.viewFace(QStringLiteral("JS-1"));
        QVERIFY(!face.ok());
        QCOMPARE(face.error().code, ErrorCode::StorageFailure);
        QVERIFY(!access.playClip(QStringLiteral("JS-1")).ok());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("x.mkv"));
        QVERIFY(!access.exportClip(QStringLiteral("JS-1"), out).ok());
        QCOMPARE(archive.exported, QStringList{out}); // written by the archive…
        QVERIFY(!QFile::exists(out));                 // …and removed: nobody could trace it
    }

    void missingEvidenceIsNotAuditedAsSeen()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        fakes::StaffFixture staff(clock);
        staff.loginAs(QStringLiteral("wangwu"));
        fakes::FakeEvidenceArchive archive;
        EvidenceAccess access(archive, staff.access);
        QCOMPARE(access.viewFace(QStringLiteral("JS-404")).error().code, ErrorCode::NotFound);
        QCOMPARE(staff.audit.count(AuditAction::EvidenceViewed), 0);
    }
};

QTEST_GUILESS_MAIN(TestClipManifest)
#include "tst_clipmanifest.moc"

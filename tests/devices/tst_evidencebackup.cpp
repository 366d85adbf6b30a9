#include "app/core/camera/clipmanifest.h"
#include "app/core/ports/evidencesealer.h"
#include "devices/recorder/evidencebackup.h"
#include "devices/recorder/evidencefiles.h"
#include "devices/recorder/fileevidencearchive.h"
#include "devices/recorder/gstsegmentwriter.h"
#include "tests/devices/cliptestdata.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

using namespace pos;
using namespace pos::devices;
using pos::cliptest::flipByte;
using pos::cliptest::makeClip;

namespace {

int decodable(const QString& file)
{
    cv::VideoCapture cap(file.toStdString(), cv::CAP_FFMPEG);
    cv::Mat m;
    int n = 0;
    while (cap.isOpened() && cap.read(m) && !m.empty())
        ++n;
    return n;
}

const QDateTime kStart(QDate(2026, 11, 20), QTime(10, 0));

} // namespace

class TestEvidenceBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // CAM-BACKUP: a kept clip is copied to the second location and verified there; verify finds
    // nothing wrong afterwards; a second backup copies nothing again.
    void backupAndVerify()
    {
        QTemporaryDir video, backup;
        makeClip(video.path(), QStringLiteral("JS-1"), kStart);
        EvidenceBackup b({video.path(), backup.path(), 180});
        QCOMPARE(b.verify().size(), 1); // not backed up yet
        QCOMPARE(b.verify().at(0).problem, QStringLiteral("没有备份"));
        const Result<int> copied = b.backupClip(QStringLiteral("JS-1"));
        QVERIFY2(copied.ok(), copied.ok() ? "" : qPrintable(copied.error().message));
        QCOMPARE(*copied, 4); // 2 segments, the face, the manifest
        QVERIFY(b.verify().isEmpty());
        QCOMPARE(b.backupClip(QStringLiteral("JS-1")).value(), 1); // only the manifest again
        QVERIFY(QFile::exists(backup.path() + QStringLiteral("/clips/2026-11-20/JS-1/face.jpg")));
        QStringList problems;
        QCOMPARE(b.backupMissing(&problems), 0);
        QVERIFY(problems.isEmpty());
    }

    // CAM-BACKUP: verify names each changed byte, missing file, broken chain, missing copy.
    void verifyCatchesEveryChange_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");
        QTest::newRow("CAM-BACKUP a changed byte in a segment") << 0 << "主存储"
                                                                << "seg-1.mkv"
                                                                << "改动";
        QTest::newRow("CAM-BACKUP a changed byte in the backup's face") << 1 << "备份"
                                                                        << "face.jpg"
                                                                        << "改动";
        QTest::newRow("CAM-BACKUP a segment deleted") << 2 << "主存储"
                                                      << "seg-0.mkv"
                                                      << "缺失";
        QTest::newRow("CAM-BACKUP a segment dropped from the manifest") << 3 << "主存储"
                                                                        << "manifest.json"
                                                                        << "链值";
        QTest::newRow("CAM-BACKUP the clip deleted from the primary") << 4 << "主存储"
                                                                      << ""
                                                                      << "主存储中缺少";
        QTest::newRow("CAM-BACKUP the backup manifest differs") << 5 << "备份"
                                                                << "manifest.json"
                                                                << "不同";
    }
    void verifyCatchesEveryChange()
    {
        QFETCH(int, change);
        QFETCH(QString, location);
        QFETCH(QString, file);
        QFETCH(QString, problem);
        QTemporaryDir video, backup;
        const QString dir = makeClip(video.path(), QStringLiteral("JS-2"), kStart);
        EvidenceBackup b({video.path(), backup.path(), 180});
        QVERIFY(b.backupClip(QStringLiteral("JS-2")).ok());
        const QString copy = backup.path() + QStringLiteral("/clips/2026-11-20/JS-2");
        switch (change) {
        case 0: flipByte(dir + QStringLiteral("/seg-1.mkv"), 500); break;
        case 1: flipByte(copy + QStringLiteral("/face.jpg"), 200); break;
        case 2: QVERIFY(QFile::remove(dir + QStringLiteral("/seg-0.mkv"))); break;
        case 3: {
            auto m = camera::ClipManifest::fromJson([&] {
                QFile f(dir + QStringLiteral("/manifest.json"));
                f.open(QIODevice::ReadOnly);
                return f.readAll();
            }());
            QVERIFY(m.ok());
            m->segments.removeFirst(); // the chain is kept as it was: it no longer fits
            QVERIFY(
                evidence::writeFileAtomically(dir + QStringLiteral("/manifest.json"), m->toJson())
                    .ok());
            break;
        }
        case 4: QVERIFY(QDir(dir).removeRecursively()); break;
        case 5: {
            QFile f(copy + QStringLiteral("/manifest.json"));
            QVERIFY(f.open(QIODevice::Append));
            f.write("\n");
            break;
        }
        }
        const QList<EvidenceFinding> findings = b.verify();
        QVERIFY(!findings.isEmpty());
        bool named = false;
        for (const EvidenceFinding& f : findings) {
            qInfo("%s %s %s: %s", qPrintable(f.settlementNo), qPrintable(f.location),
                  qPrintable(f.file), qPrintable(f.problem));
            named = named
                    || (f.location == location && f.file == file && f.problem.contains(problem)
                        && f.settlementNo == QStringLiteral("JS-2"));
        }
        QVERIFY(named);
    }

    void backupThatCannotBeWrittenIsRefused()
    {
        QTemporaryDir video, other;
        makeClip(video.path(), QStringLiteral("JS-3"), kStart);
        const QString notADir = other.filePath(QStringLiteral("file"));
        QFile f(notADir);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        EvidenceBackup b({video.path(), notADir, 180});
        const Result<int> r = b.backupClip(QStringLiteral("JS-3"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().ruleId, QStringLiteral("CAM-BACKUP"));
        EvidenceBackup none({video.path(), QString(), 180});
        QCOMPARE(none.backupClip(QStringLiteral("JS-3")).error().ruleId,
                 QStringLiteral("CAM-BACKUP"));
        QVERIFY(none.verify().constLast().problem.contains(QStringLiteral("未配置备份目录")));
    }

    // Retention deletes what is past it, oldest first, on both sides; never a clip still under
    // retention, not even one a minute younger than the limit.
    void retention()
    {
        QTemporaryDir video, backup;
        const QDateTime now(QDate(2026, 11, 20), QTime(12, 0));
        EvidenceBackup b({video.path(), backup.path(), 180});
        makeClip(video.path(), QStringLiteral("JS-OLD2"), now.addDays(-200));
        makeClip(video.path(), QStringLiteral("JS-OLD1"), now.addDays(-190));
        // Ends (start + 2 s) one minute inside the 180 days.
        makeClip(video.path(), QStringLiteral("JS-EDGE"), now.addDays(-180).addSecs(58));
        makeClip(video.path(), QStringLiteral("JS-NEW"), now.addDays(-3));
        QStringList problems;
        QCOMPARE(b.backupMissing(&problems), 4);
        const RetentionReport r = b.applyRetention(now);
        QCOMPARE(r.deleted.size(), 4); // two clips × two places
        QVERIFY(r.deleted.at(0).contains(QStringLiteral("JS-OLD2")));
        QVERIFY(r.deleted.at(1).contains(QStringLiteral("JS-OLD2")));
        QVERIFY(r.deleted.at(2).contains(QStringLiteral("JS-OLD1")));
        QCOMPARE(r.kept, 4);
        QVERIFY(findKeptClip(video.path(), QStringLiteral("JS-EDGE")).ok());
        QVERIFY(findKeptClip(backup.path(), QStringLiteral("JS-NEW")).ok());
        QVERIFY(!findKeptClip(video.path(), QStringLiteral("JS-OLD1")).ok());
        QVERIFY(!findKeptClip(backup.path(), QStringLiteral("JS-OLD2")).ok());
        QVERIFY(b.verify().isEmpty()); // what is left is whole on both sides
        // An open clip (no manifest yet) is never touched, however old.
        QVERIFY(QDir().mkpath(video.path() + QStringLiteral("/clips/2020-01-01/JS-OPEN")));
        QFile pending(video.path() + QStringLiteral("/clips/2020-01-01/JS-OPEN/clip.pending"));
        QVERIFY(pending.open(QIODevice::WriteOnly));
        pending.close();
        (void)b.applyRetention(now);
        QVERIFY(pending.exists());
    }

    // CAM-CONSENT: faces are kept shorter than their clips. Past [retention] faces the face goes
    // (both places) and a tombstone says so: verify does not call it missing, the archive says
    // why it cannot show it, the clip stays whole until its own period ends.
    void facesGoBeforeTheirClips()
    {
        QTemporaryDir video, backup, scratch;
        const QDateTime now(QDate(2026, 11, 20), QTime(12, 0));
        EvidenceBackup b({video.path(), backup.path(), 180, 90});
        const QString old = makeClip(video.path(), QStringLiteral("JS-F1"), now.addDays(-100));
        const QString recent = makeClip(video.path(), QStringLiteral("JS-F2"), now.addDays(-30));
        QStringList problems;
        QCOMPARE(b.backupMissing(&problems), 2);
        const RetentionReport r = b.applyRetention(now);
        QCOMPARE(r.deleted.size(), 2); // JS-F1's face, here and in the backup
        QVERIFY(r.deleted.at(0).contains(QStringLiteral("JS-F1")));
        QVERIFY(!QFile::exists(old + QStringLiteral("/face.jpg")));
        QVERIFY(QFile::exists(old + QStringLiteral("/face.jpg.expired")));
        QVERIFY(QFile::exists(old + QStringLiteral("/seg-0.mkv"))); // the clip stays
        QVERIFY2(b.verify().isEmpty(), qPrintable(b.verify().value(0).problem));
        PassThroughSealer sealer;
        FileEvidenceArchive archive(video.path(), backup.path(), sealer, scratch.path());
        const Result<QByteArray> gone = archive.faceImage(QStringLiteral("JS-F1"));
        QVERIFY(!gone.ok());
        QVERIFY(gone.error().message.contains(QStringLiteral("保留期限")));
        QVERIFY(archive.faceImage(QStringLiteral("JS-F2")).ok());
        QVERIFY(archive.openClip(QStringLiteral("JS-F1")).ok());
        // A face deleted without a tombstone is still reported missing.
        QVERIFY(QFile::remove(recent + QStringLiteral("/face.jpg")));
        bool named = false;
        for (const EvidenceFinding& f : b.verify())
            named = named
                    || (f.settlementNo == QStringLiteral("JS-F2")
                        && f.file == QStringLiteral("face.jpg"));
        QVERIFY(named);
    }

    // The archive shows, plays and exports only what matches its manifest.
    void archiveReadsCheckedFiles()
    {
        QTemporaryDir video, backup, scratch, out;
        const QString dir = makeClip(video.path(), QStringLiteral("JS-4"), kStart);
        PassThroughSealer sealer;
        FileEvidenceArchive archive(video.path(), backup.path(), sealer, scratch.path());
        Result<EvidenceSummary> s = archive.find(QStringLiteral("JS-4"));
        QVERIFY(s.ok());
        QCOMPARE(s->clip.segmentCount, 2);
        QVERIFY(s->clip.hasFace);
        QVERIFY(!s->backedUp);
        QVERIFY(EvidenceBackup({video.path(), backup.path(), 180})
                    .backupClip(QStringLiteral("JS-4"))
                    .ok());
        QVERIFY(archive.find(QStringLiteral("JS-4"))->backedUp);
        QCOMPARE(archive.find(QStringLiteral("JS-0")).error().code, ErrorCode::NotFound);
        QCOMPARE(archive.find(QStringLiteral("../x")).error().code, ErrorCode::InvalidInput);

        const Result<QByteArray> face = archive.faceImage(QStringLiteral("JS-4"));
        QVERIFY(face.ok());
        QCOMPARE(QImage::fromData(*face).size(), QSize(60, 80));

        Result<std::unique_ptr<ClipPlayback>> play = archive.openClip(QStringLiteral("JS-4"));
        QVERIFY(play.ok());
        int frames = 0;
        while (std::optional<VideoFrame> f = (*play)->nextFrame()) {
            QCOMPARE(f->width, 160);
            ++frames;
        }
        QCOMPARE(frames, 10);

        const QString exported = out.filePath(QStringLiteral("JS-4.mkv"));
        const Status e = archive.exportClip(QStringLiteral("JS-4"), exported);
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().message));
        QCOMPARE(decodable(exported), 10); // both segments, one file
        QVERIFY(QFile::exists(exported + QStringLiteral(".manifest.json")));
        QVERIFY(!QFile::exists(exported + QStringLiteral(".part")));

        flipByte(dir + QStringLiteral("/face.jpg"), 100);
        QCOMPARE(archive.faceImage(QStringLiteral("JS-4")).error().ruleId,
                 QStringLiteral("CAM-BACKUP"));
        flipByte(dir + QStringLiteral("/seg-0.mkv"), 300);
        QVERIFY(!archive.openClip(QStringLiteral("JS-4")).ok());
        QVERIFY(!archive.exportClip(QStringLiteral("JS-4"), out.filePath(QStringLiteral("x.mkv")))
                     .ok());
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("x.mkv"))));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceBackup)
#include "tst_evidencebackup.moc"

#include "app/cameracommands.h"
#include "app/core/camera/evidenceaccess.h"
#include "app/core/ports/evidencesealer.h"
#include "app/settlementcamera.h"
#include "devices/recorder/evidencebackup.h"
#include "devices/recorder/fileevidencearchive.h"
#include "tests/devices/cliptestdata.h"
#include "tests/fakes/fakes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

using namespace pos;
using namespace pos::app;

namespace {

const QString kFaces = QStringLiteral(PHARMAPOS_TESTDATA "/faces");

/// `pharmapos ARGS` as a user runs it, `input` on its standard input (passwords).
struct Run;
Run runBinary(const QStringList& args, const QByteArray& input = {});

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

template <typename F> Run capture(F command)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = command(out, err);
    out.flush();
    err.flush();
    return r;
}

Run runBinary(const QStringList& args, const QByteArray& input)
{
    Run r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PHARMAPOS_BINARY), args);
    if (!p.waitForStarted(10'000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestCameraCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // `face check`: every face with its box, figures and verdict, as JSON; exit 0 when every
    // image has a usable face.
    void faceCheck()
    {
        QTemporaryDir dir;
        const CameraSettings s = CameraSettings::defaults(dir.path());
        const Run astro = capture([&](QTextStream& o, QTextStream& e) {
            return runFaceCheck({kFaces + QStringLiteral("/astronaut.png")}, s, o, e);
        });
        QCOMPARE(astro.code, 0);
        const QJsonArray images = QJsonDocument::fromJson(astro.out.toUtf8()).array();
        QCOMPARE(images.size(), 1);
        const QJsonObject img = images.at(0).toObject();
        QCOMPARE(img.value(QStringLiteral("verdict")).toString(), QStringLiteral("usable"));
        QCOMPARE(img.value(QStringLiteral("words")).toString(), QStringLiteral("人脸合格"));
        QCOMPARE(img.value(QStringLiteral("width")).toInt(), 512);
        const QJsonArray faces = img.value(QStringLiteral("faces")).toArray();
        QCOMPARE(faces.size(), 1);
        const QJsonObject f = faces.at(0).toObject();
        for (const char* key : {"box", "eyes", "sharpness", "laplacianVariance", "brightness",
                                "contrast", "heightPercent", "score", "verdict", "words"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        const QJsonObject box = f.value(QStringLiteral("box")).toObject();
        QVERIFY(QRect(box.value(QStringLiteral("x")).toInt(),
                      box.value(QStringLiteral("y")).toInt(),
                      box.value(QStringLiteral("width")).toInt(),
                      box.value(QStringLiteral("height")).toInt())
                    .contains(QPoint(224, 117))); // the middle of her face

        const Run mixed = capture([&](QTextStream& o, QTextStream& e) {
            return runFaceCheck({kFaces + QStringLiteral("/coffee.png"),
                                 kFaces + QStringLiteral("/2008_001322.jpg")},
                                s, o, e);
        });
        QCOMPARE(mixed.code, 1);
        const QJsonArray two = QJsonDocument::fromJson(mixed.out.toUtf8()).array();
        QCOMPARE(two.at(0).toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("no_face"));
        QCOMPARE(two.at(1).toObject().value(QStringLiteral("faces")).toArray().size(), 3);
        QCOMPARE(two.at(1).toObject().value(QStringLiteral("words")).toString(),
                 QStringLiteral("检测到多张人脸，请只留一人在镜头前"));

        const Run missing = capture([&](QTextStream& o, QTextStream& e) {
            return runFaceCheck({dir.filePath(QStringLiteral("none.png"))}, s, o, e);
        });
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("none.png")));
        QCOMPARE(
            capture([&](QTextStream& o, QTextStream& e) { return runFaceCheck({}, s, o, e); }).code,
            2);
    }

    // `video verify`: exit 0 when intact, 1 naming what changed.
    void videoVerify()
    {
        QTemporaryDir video, backup;
        CameraSettings s = CameraSettings::defaults(video.path());
        s.videoDir = video.path();
        s.backupDir = backup.path();
        const QString dir = cliptest::makeClip(video.path(), QStringLiteral("JS-1"),
                                               QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        QVERIFY(devices::EvidenceBackup({s.videoDir, s.backupDir, 180})
                    .backupClip(QStringLiteral("JS-1"))
                    .ok());
        const PassThroughSealer plain;
        auto verify = [&](const QStringList& args) {
            return capture([&](QTextStream& o, QTextStream& e) {
                return runVideoVerify(args, s, plain, o, e);
            });
        };
        QCOMPARE(verify({}).code, 0);
        cliptest::flipByte(dir + QStringLiteral("/seg-0.mkv"), 400);
        const Run altered = verify({});
        QCOMPARE(altered.code, 1);
        QVERIFY2(altered.out.contains(QStringLiteral("[主存储] JS-1 seg-0.mkv：内容已被改动")),
                 qPrintable(altered.out));
        QCOMPARE(verify({QStringLiteral("--from"), QStringLiteral("2026-11-21")}).code,
                 0); // outside
        QCOMPARE(verify({QStringLiteral("--from"), QStringLiteral("2026-11-20"),
                         QStringLiteral("--to"), QStringLiteral("2026-11-20")})
                     .code,
                 1);
        QCOMPARE(verify({QStringLiteral("--from"), QStringLiteral("yesterday")}).code, 2);
        QCOMPARE(verify({QStringLiteral("--to"), QStringLiteral("2026-01-01"),
                         QStringLiteral("--from"), QStringLiteral("2026-02-01")})
                     .code,
                 2);
    }

    // `video export`: the manager's export writes one playable file and is audited; a cashier's
    // is refused and audited.
    void videoExport()
    {
        QTemporaryDir video, scratch, out;
        cliptest::makeClip(video.path(), QStringLiteral("JS-7"),
                           QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(9, 0)));
        fakes::StaffFixture staff(clock);
        PassThroughSealer sealer;
        devices::FileEvidenceArchive archive(video.path(), QString(), sealer, scratch.path());
        camera::EvidenceAccess access(archive, staff.access);
        const QString file = out.filePath(QStringLiteral("JS-7.mkv"));
        auto exportAs = [&](const QString& user, const QStringList& args) {
            staff.loginAs(user);
            return capture(
                [&](QTextStream& o, QTextStream& e) { return runVideoExport(args, access, o, e); });
        };
        const Run cashier = exportAs(QStringLiteral("zhangsan"),
                                     {QStringLiteral("JS-7"), QStringLiteral("--out"), file});
        QCOMPARE(cashier.code, 1);
        QVERIFY(cashier.err.contains(QStringLiteral("STAFF-ROLES"))
                || cashier.err.contains(QStringLiteral("无权")));
        QVERIFY(!QFile::exists(file));
        const Run manager = exportAs(QStringLiteral("wangwu"),
                                     {QStringLiteral("JS-7"), QStringLiteral("--out"), file});
        QCOMPARE(manager.code, 0);
        QVERIFY(manager.out.contains(file));
        cv::VideoCapture cap(file.toStdString(), cv::CAP_FFMPEG);
        int frames = 0;
        cv::Mat m;
        while (cap.read(m) && !m.empty())
            ++frames;
        QCOMPARE(frames, 10);
        QCOMPARE(staff.audit.count(AuditAction::EvidenceExported), 1);
        QCOMPARE(exportAs(QStringLiteral("wangwu"),
                          {QStringLiteral("JS-404"), QStringLiteral("--out"), file})
                     .code,
                 1);
        QCOMPARE(exportAs(QStringLiteral("wangwu"), {QStringLiteral("JS-7")}).code, 2);
        QCOMPARE(
            exportAs(QStringLiteral("wangwu"), {QStringLiteral("JS-7"), QStringLiteral("--bogus")})
                .code,
            2);
    }

    // The assembled station on a simulated camera, in real time: the gate sees frames and a
    // usable face, a settlement is recorded, and its clip is backed up by itself.
    void stationAssembledOnASimulatedCamera()
    {
        QTemporaryDir data, backup;
        const QImage portrait(kFaces + QStringLiteral("/astronaut.png"));
        QVERIFY(portrait.scaled(portrait.size() * 1.4)
                    .save(data.filePath(QStringLiteral("customer.png"))));
        QFile ini(data.filePath(QStringLiteral("pharmapos.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[devices]\nsettlement_camera=simulated:customer.png\n[camera]\n"
                  "segment_seconds=1\npre_roll_seconds=1\npost_roll_seconds=0\n"
                  "bitrate_kbps=500\nfree_space_floor_mb=1\nbackup_dir="
                  + backup.path().toUtf8() + "\n");
        ini.close();
        const Result<CameraSettings> s = CameraSettings::load(ini.fileName(), data.path());
        QVERIFY(s.ok());
        SystemClock clock;
        fakes::FakeAuditLog audit;
        auto station = SettlementCameraStation::assemble(
            *s, StoreProfile{QStringLiteral("测试药房"), {}, QStringLiteral("T01"), {}, {}}, clock,
            audit, [] { return QStringLiteral("zhangsan"); });
        QVERIFY2(station.ok(), station.ok() ? "" : qPrintable(station.error().message));
        SettlementCameraStation& st = **station;
        QVERIFY(st.start().ok());
        camera::SettlementEvidence& gate = st.evidence();
        QTRY_VERIFY_WITH_TIMEOUT(gate.conditions().camera == camera::CameraCondition::Live
                                     && gate.conditions().recorder.writing(),
                                 10000);
        QVERIFY(gate.begin(QStringLiteral("JS-LIVE"), {QStringLiteral("布洛芬缓释胶囊 ×1")}).ok());
        QVERIFY(gate.giveConsent().ok());
        QTRY_COMPARE_WITH_TIMEOUT(gate.state(), camera::EvidenceState::FaceHeld, 10000);
        QVERIFY(gate.proceed().ok());
        QSignalSpy complete(&gate, &camera::SettlementEvidence::evidenceComplete);
        QVERIFY(gate.finish().ok());
        QVERIFY(complete.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            devices::findKeptClip(backup.path(), QStringLiteral("JS-LIVE")).ok(), 10000);
        QVERIFY(st.archive().find(QStringLiteral("JS-LIVE"))->backedUp);
        st.stop();
    }

    // The three commands from the command table, as an installer and a manager run them: the
    // built binary, a demo store's data directory, the password on standard input.
    void commandsThroughTheBinary()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("store"));
        const QString astronaut = kFaces + QStringLiteral("/astronaut.png");
        const QString coffee = kFaces + QStringLiteral("/coffee.png");

        const Run one = runBinary({QStringLiteral("face"), QStringLiteral("check"), astronaut,
                                   QStringLiteral("--demo"), QStringLiteral("--data-dir"), data});
        QVERIFY2(one.code == 0, qPrintable(one.err));
        const Run two =
            runBinary({QStringLiteral("face"), QStringLiteral("check"), astronaut, coffee,
                       QStringLiteral("--demo"), QStringLiteral("--data-dir"), data});
        QCOMPARE(two.code, 1); // the coffee has no face
        const QJsonArray images = QJsonDocument::fromJson(two.out.toUtf8()).array();
        QCOMPARE(images.size(), 2);
        QCOMPARE(images.at(0).toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("usable"));
        QVERIFY(images.at(1).toObject().value(QStringLiteral("faces")).toArray().isEmpty());

        // A kept clip in the store's video folder ([camera] video_dir defaults to DATA/video),
        // backed up to the configured backup folder.
        const QString backup = tmp.filePath(QStringLiteral("backup"));
        QVERIFY(QDir().mkpath(backup) && QDir().mkpath(data));
        QFile ini(QDir(data).filePath(QStringLiteral("pharmapos.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(QStringLiteral("[camera]\nbackup_dir=%1\n").arg(backup).toUtf8());
        ini.close();
        const QString video = QDir(data).filePath(QStringLiteral("video"));
        const QString dir = cliptest::makeClip(video, QStringLiteral("JS-7"),
                                               QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        QVERIFY(
            devices::EvidenceBackup({video, backup, 180}).backupClip(QStringLiteral("JS-7")).ok());
        const QStringList store{QStringLiteral("--demo"), QStringLiteral("--data-dir"), data};
        const Run intact =
            runBinary(QStringList{QStringLiteral("video"), QStringLiteral("verify")} + store);
        QVERIFY2(intact.code == 0, qPrintable(intact.out + intact.err));
        const Run day =
            runBinary(QStringList{QStringLiteral("video"), QStringLiteral("verify"),
                                  QStringLiteral("--from"), QStringLiteral("2026-11-20"),
                                  QStringLiteral("--to"), QStringLiteral("2026-11-20")}
                      + store);
        QCOMPARE(day.code, 0);

        const QString file = tmp.filePath(QStringLiteral("JS-7.mkv"));
        const QStringList exportArgs = QStringList{QStringLiteral("video"),
                                                   QStringLiteral("export"),
                                                   QStringLiteral("JS-7"),
                                                   QStringLiteral("--out"),
                                                   file,
                                                   QStringLiteral("--user")};
        const Run cashier = runBinary(exportArgs + QStringList{QStringLiteral("zhangsan")} + store,
                                      QByteArrayLiteral("demo1234\n"));
        QCOMPARE(cashier.code, 1);
        QVERIFY(!QFile::exists(file));
        const Run wrong = runBinary(exportArgs + QStringList{QStringLiteral("wangwu")} + store,
                                    QByteArrayLiteral("nottheone\n"));
        QCOMPARE(wrong.code, 1);
        const Run manager = runBinary(exportArgs + QStringList{QStringLiteral("wangwu")} + store,
                                      QByteArrayLiteral("demo1234\n"));
        QVERIFY2(manager.code == 0, qPrintable(manager.out + manager.err));
        QVERIFY(QFileInfo(file).size() > 0);
        QVERIFY(QFile::exists(file + QStringLiteral(".manifest.json")));

        // A changed byte is named, exit 1.
        cliptest::flipByte(dir + QStringLiteral("/seg-0.mkv"), 400);
        const Run altered =
            runBinary(QStringList{QStringLiteral("video"), QStringLiteral("verify")} + store);
        QCOMPARE(altered.code, 1);
        QVERIFY2(altered.out.contains(QStringLiteral("JS-7 seg-0.mkv")), qPrintable(altered.out));
    }

    // Without a camera configured, insured settlement is refused and says why.
    void noCameraConfigured()
    {
        QTemporaryDir data;
        SystemClock clock;
        fakes::FakeAuditLog audit;
        auto station = SettlementCameraStation::assemble(CameraSettings::defaults(data.path()),
                                                         StoreProfile{}, clock, audit, {});
        QVERIFY(station.ok());
        QVERIFY((*station)->start().ok());
        QTRY_VERIFY((*station)->evidence().conditions().recorder.writing());
        camera::SettlementEvidence& gate = (*station)->evidence();
        QVERIFY(gate.begin(QStringLiteral("JS-NOCAM"), {}).ok());
        QVERIFY(gate.giveConsent().ok());
        const Status s = gate.requireInsured();
        QCOMPARE(s.error().ruleId, QStringLiteral("CAM-VIDEO"));
        QVERIFY2(s.error().message.contains(QStringLiteral("未配置结算摄像头")),
                 qPrintable(s.error().message));
    }
};

QTEST_MAIN(TestCameraCommands)
#include "tst_cameracommands.moc"

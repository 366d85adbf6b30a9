#include "app/cameraconfig.h"
#include "app/core/ports/camera.h"
#include "app/core/ports/clock.h"
#include "devices/recorder/gstsettlementrecorder.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pos;
using namespace pos::app;

namespace {

/// Writes `lines` as an INI file and reads the camera settings from it.
Result<CameraSettings> read(const QTemporaryDir& dir, const QByteArray& lines)
{
    const QString path = dir.filePath(QStringLiteral("pharmapos.ini"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write ini");
    f.write(lines);
    f.close();
    return CameraSettings::load(path, dir.path());
}

} // namespace

class TestCameraConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sources_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("location");
        using K = SettlementCameraSource::Kind;
        QTest::newRow("default: off") << "" << int(K::Off) << "";
        QTest::newRow("off") << "off" << int(K::Off) << "";
        QTest::newRow("simulated") << "simulated:/srv/faces" << int(K::Simulated) << "/srv/faces";
        QTest::newRow("usb") << "v4l2:/dev/v4l/by-id/usb-046d_C920-video-index0" << int(K::V4l2)
                             << "/dev/v4l/by-id/usb-046d_C920-video-index0";
        QTest::newRow("rtsp") << "rtsp://admin:pw@192.168.1.64:554/Streaming/Channels/101"
                              << int(K::Url)
                              << "rtsp://admin:pw@192.168.1.64:554/Streaming/Channels/101";
        QTest::newRow("http mjpeg")
            << "http://192.168.1.70/video.mjpg" << int(K::Url) << "http://192.168.1.70/video.mjpg";
    }
    void sources()
    {
        QFETCH(QString, value);
        QFETCH(int, kind);
        QFETCH(QString, location);
        const Result<SettlementCameraSource> s = SettlementCameraSource::parse(value);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(int(s->kind), kind);
        QCOMPARE(s->location, location);
    }

    void badSources_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown") << "webcam";
        QTest::newRow("simulated without path") << "simulated:";
        QTest::newRow("v4l2 without /dev") << "v4l2:video0";
        QTest::newRow("ftp") << "ftp://camera/stream";
    }
    void badSources()
    {
        QFETCH(QString, value);
        const Result<SettlementCameraSource> s = SettlementCameraSource::parse(value);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Configuration);
        QVERIFY(s.error().message.contains(QStringLiteral("settlement_camera")));
    }

    void microphones_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("source"); // "!" = refused
        QTest::newRow("off") << "off"
                             << "";
        QTest::newRow("default pulse source") << "pulse"
                                              << "pulsesrc";
        QTest::newRow("named pulse source")
            << "pulse:alsa_input.usb-0d8c_USB_Sound-00.mono-fallback"
            << "pulsesrc device=alsa_input.usb-0d8c_USB_Sound-00.mono-fallback";
        QTest::newRow("alsa") << "alsa:hw:1,0"
                              << "alsasrc device=hw:1,0";
        QTest::newRow("test tone") << "test"
                                   << "audiotestsrc is-live=true wave=ticks";
        QTest::newRow("pipeline injection refused") << "pulse:x ! filesink location=/tmp/x"
                                                    << "!";
        QTest::newRow("property injection refused") << "alsa:hw:1 device=x"
                                                    << "!";
        QTest::newRow("unknown") << "bluetooth"
                                 << "!";
    }
    void microphones()
    {
        QFETCH(QString, value);
        QFETCH(QString, source);
        const Result<QString> s = microphoneSource(value);
        if (source == QStringLiteral("!")) {
            QVERIFY(!s.ok());
            QVERIFY(s.error().message.contains(QStringLiteral("microphone")));
            return;
        }
        QVERIFY(s.ok());
        QCOMPARE(*s, source);
    }

    void defaultsWithoutAFile()
    {
        QTemporaryDir dir;
        const Result<CameraSettings> s = CameraSettings::load(QString(), dir.path());
        QVERIFY(s.ok());
        QCOMPARE(s->camera.kind, SettlementCameraSource::Kind::Off);
        QCOMPARE(s->videoDir, dir.filePath(QStringLiteral("video")));
        QVERIFY(s->backupDir.isEmpty());
        QCOMPARE(s->segmentSeconds, 10);
        QCOMPARE(s->freeSpaceWarnMb, 2 * s->freeSpaceFloorMb);
        QVERIFY(s->audioSource.isEmpty());
    }

    void everyKeyRead()
    {
        QTemporaryDir dir;
        const Result<CameraSettings> s =
            read(dir, "[devices]\n"
                      "settlement_camera=simulated:faces\n"
                      "microphone=pulse\n"
                      "[camera]\n"
                      "video_dir=/srv/video\n"
                      "backup_dir=/mnt/backup/video\n"
                      "segment_seconds=6\n"
                      "pre_roll_seconds=15\n"
                      "post_roll_seconds=8\n"
                      "free_space_floor_mb=1000\n"
                      "free_space_warn_mb=3000\n"
                      "width=1920\nheight=1080\nfps=10\nbitrate_kbps=2500\n"
                      "min_face_height_percent=20\n"
                      "[retention]\nclips=3m\nfaces=30d\n");
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->camera.location, dir.filePath(QStringLiteral("faces"))); // relative to data
        QCOMPARE(s->audioSource, QStringLiteral("pulsesrc"));
        QCOMPARE(s->videoDir, QStringLiteral("/srv/video"));
        QCOMPARE(s->backupDir, QStringLiteral("/mnt/backup/video"));
        QCOMPARE(s->segmentSeconds, 6);
        QCOMPARE(s->preRollSeconds, 15);
        QCOMPARE(s->postRollSeconds, 8);
        // CAM-CONSENT: one policy for every kind, [retention]; a month counts 31 days here.
        QCOMPARE(s->retentionDays, 93);
        QCOMPARE(s->faceRetentionDays, 30);
        QCOMPARE(s->frameSize, QSize(1920, 1080));

        const camera::EvidencePolicy p = s->evidencePolicy();
        QCOMPARE(p.freeSpaceFloorBytes, qint64(1000) * 1024 * 1024);
        QCOMPARE(p.freeSpaceWarnBytes, qint64(3000) * 1024 * 1024);
        QCOMPARE(p.face.minFaceHeightFraction, 0.20);
        const devices::RecorderOptions r = s->recorderOptions(
            StoreProfile{QStringLiteral("仁心大药房"), {}, QStringLiteral("T02"), {}, {}});
        QCOMPARE(r.videoDir, QStringLiteral("/srv/video"));
        QCOMPARE(r.segmentSeconds, 6);
        QCOMPARE(r.format.frameSize, QSize(1920, 1080));
        QCOMPARE(r.format.keyframeInterval, 10);
        QCOMPARE(r.format.bitrateKbps, 2500);
        QCOMPARE(r.format.audioSource, QStringLiteral("pulsesrc"));
        QCOMPARE(r.store, QStringLiteral("仁心大药房"));
        QCOMPARE(r.terminal, QStringLiteral("T02"));
    }

    void badValuesNamed_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("named");
        QTest::newRow("segment 0")
            << QByteArray("[camera]\nsegment_seconds=0\n") << "segment_seconds";
        QTest::newRow("segment not a number")
            << QByteArray("[camera]\nsegment_seconds=ten\n") << "segment_seconds";
        QTest::newRow("retention moved to [retention]")
            << QByteArray("[camera]\nretention_days=90\n") << "retention_days";
        QTest::newRow("odd width") << QByteArray("[camera]\nwidth=1281\n") << "偶数";
        QTest::newRow("warn below floor")
            << QByteArray("[camera]\nfree_space_floor_mb=1000\nfree_space_warn_mb=500\n")
            << "free_space_warn_mb";
        QTest::newRow("CAM-BACKUP backup inside the video folder")
            << QByteArray("[camera]\nvideo_dir=/srv/video\nbackup_dir=/srv/video/copy\n")
            << "backup_dir";
        QTest::newRow("bad camera")
            << QByteArray("[devices]\nsettlement_camera=usb\n") << "settlement_camera";
        QTest::newRow("bad microphone")
            << QByteArray("[devices]\nmicrophone=yes\n") << "microphone";
    }
    void badValuesNamed()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const Result<CameraSettings> s = read(dir, ini);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Configuration);
        QVERIFY2(s.error().message.contains(named), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QStringLiteral("pharmapos.ini")));
    }

    void camerasMadeFromTheSource()
    {
        QTemporaryDir dir;
        SystemClock clock;
        CameraSettings s = CameraSettings::defaults(dir.path());
        QVERIFY(!makeSettlementCamera(s, clock));
        s.camera = *SettlementCameraSource::parse(QStringLiteral("simulated:/x"));
        std::unique_ptr<Camera> sim = makeSettlementCamera(s, clock);
        QVERIFY(sim && sim->isSimulated());
        s.camera = *SettlementCameraSource::parse(QStringLiteral("rtsp://u:secret@10.0.0.9/live"));
        std::unique_ptr<Camera> ip = makeSettlementCamera(s, clock);
        QVERIFY(ip && !ip->isSimulated());
        QVERIFY(!ip->deviceName().contains(QStringLiteral("secret")));
    }
};

QTEST_MAIN(TestCameraConfig)
#include "tst_cameraconfig.moc"

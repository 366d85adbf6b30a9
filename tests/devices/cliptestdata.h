#pragma once

// Kept clips as the recorder leaves them, for the backup, archive and command tests.

#include "app/core/camera/clipmanifest.h"
#include "devices/recorder/evidencefiles.h"
#include "devices/recorder/gstsegmentwriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>

namespace pos::cliptest {

using namespace pos::devices;

/// Writes a kept clip as the recorder leaves it: two segments of five frames, a face image and
/// the manifest, under ROOT/clips/DAY/NO/.
inline QString makeClip(const QString& root, const QString& no, const QDateTime& start)
{
    const QString dir =
        root + QStringLiteral("/clips/") + start.date().toString(Qt::ISODate) + u'/' + no;
    if (!QDir().mkpath(dir))
        qFatal("mkpath");
    camera::ClipManifest m;
    m.settlementNo = no;
    m.store = QStringLiteral("测试药房");
    m.terminal = QStringLiteral("T01");
    SegmentFormat format;
    format.frameSize = QSize(160, 120);
    format.fps = 5;
    for (int s = 0; s < 2; ++s) {
        const QString name = QStringLiteral("seg-%1.mkv").arg(s);
        auto w = GstSegmentWriter::open(dir + u'/' + name, format);
        if (!w)
            qFatal("%s", qPrintable(w.error().message));
        for (int i = 0; i < 5; ++i) {
            QImage img(160, 120, QImage::Format_RGB32);
            img.fill(qRgb(50 * s + 20 * i, 100, 150));
            (void)(*w)->push(img, i * 200);
        }
        (void)(*w)->close();
        camera::ManifestEntry e;
        e.file = name;
        e.start = start.addSecs(s);
        e.end = start.addSecs(s + 1);
        e.frames = 5;
        e.bytes = QFileInfo(dir + u'/' + name).size();
        e.sha256 = evidence::sha256OfFile(dir + u'/' + name).value();
        m.segments.append(e);
    }
    QImage face(60, 80, QImage::Format_RGB32);
    face.fill(qRgb(200, 170, 150));
    QByteArray jpeg;
    QBuffer b(&jpeg);
    b.open(QIODevice::WriteOnly);
    face.save(&b, "JPG");
    (void)evidence::writeFileAtomically(dir + QStringLiteral("/face.jpg"), jpeg);
    camera::ManifestEntry f;
    f.file = QStringLiteral("face.jpg");
    f.start = f.end = start.addSecs(1);
    f.bytes = jpeg.size();
    f.sha256 = QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex();
    m.face = f;
    m.start = start;
    m.end = start.addSecs(2);
    m.link();
    (void)evidence::writeFileAtomically(dir + QStringLiteral("/manifest.json"), m.toJson());
    return dir;
}

inline void flipByte(const QString& path, qint64 at)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(at))
        qFatal("cannot open %s", qPrintable(path));
    char c = 0;
    f.getChar(&c);
    f.seek(at);
    f.putChar(char(c ^ 0x01));
}

} // namespace pos::cliptest

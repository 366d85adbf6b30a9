#include "tests/support/plainscan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringConverter>
#include <QStringEncoder>

namespace pos::testsupport {

namespace {

struct Needle
{
    QString value;
    QString encoding;
    QByteArray bytes;
};

QList<Needle> needlesFor(const QString& value)
{
    QList<Needle> out;
    const QByteArray utf8 = value.toUtf8();
    out.append({value, QStringLiteral("utf-8"), utf8});
    QByteArray utf16(reinterpret_cast<const char*>(value.utf16()), value.size() * 2);
    out.append({value, QStringLiteral("utf-16le"), utf16});
    QStringEncoder gb("GB18030");
    if (gb.isValid()) {
        const QByteArray g = gb.encode(value);
        if (g != utf8)
            out.append({value, QStringLiteral("gb18030"), g});
    }
    out.append({value, QStringLiteral("hex"), utf8.toHex()});
    out.append({value, QStringLiteral("HEX"), utf8.toHex().toUpper()});
    // Base64 of the value at each alignment inside a longer message: the characters that depend
    // only on the value's own bytes.
    for (int pad = 0; pad < 3; ++pad) {
        const QByteArray shifted = QByteArray(pad, '\0') + utf8;
        const QByteArray b64 = shifted.toBase64(QByteArray::OmitTrailingEquals);
        const qsizetype first = pad == 0 ? 0 : 4 * ((pad + 2) / 3); // skip chars touching padding
        const qsizetype fullBytes = (shifted.size() / 3) * 3;
        const qsizetype last = 4 * (fullBytes / 3); // chars from whole 3-byte groups only
        if (last - first >= 8)
            out.append({value, QStringLiteral("base64"), b64.mid(first, last - first)});
    }
    return out;
}

void scanFile(const QString& path, const QList<Needle>& needles, QList<PlainHit>& hits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = f.readAll();
    for (const Needle& n : needles) {
        qsizetype at = data.indexOf(n.bytes);
        while (at >= 0) {
            hits.append({path, n.value, n.encoding, at});
            at = data.indexOf(n.bytes, at + 1);
        }
    }
}

} // namespace

QList<PlainHit> findPlainValues(const QStringList& roots, const QStringList& values, QString* error)
{
    QList<PlainHit> hits;
    QList<Needle> needles;
    for (const QString& v : values) {
        if (v.toUtf8().size() < 4) {
            if (error)
                *error = QStringLiteral("value too short to search for: %1 bytes")
                             .arg(v.toUtf8().size());
            return {};
        }
        needles << needlesFor(v);
    }
    for (const QString& root : roots) {
        const QFileInfo info(root);
        if (!info.exists()) {
            if (error)
                *error = QStringLiteral("no such file or directory: %1").arg(root);
            return {};
        }
        if (info.isFile()) {
            scanFile(root, needles, hits);
            continue;
        }
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            scanFile(it.next(), needles, hits);
    }
    return hits;
}

QString describe(const QList<PlainHit>& hits)
{
    QStringList lines;
    for (const PlainHit& h : hits)
        lines
            << QStringLiteral("%1: %2 \"%3\" at %4").arg(h.file, h.encoding, h.value).arg(h.offset);
    return lines.join(u'\n');
}

} // namespace pos::testsupport

#include "app/core/camera/clipmanifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pos::camera {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClipManifest)
};

QString iso(const QDateTime& t)
{
    return t.toString(Qt::ISODateWithMs);
}

QJsonObject entryJson(const ManifestEntry& e)
{
    return QJsonObject{{QStringLiteral("file"), e.file},
                       {QStringLiteral("start"), iso(e.start)},
                       {QStringLiteral("end"), iso(e.end)},
                       {QStringLiteral("bytes"), e.bytes},
                       {QStringLiteral("frames"), e.frames},
                       {QStringLiteral("sha256"), QString::fromLatin1(e.sha256)},
                       {QStringLiteral("chain"), QString::fromLatin1(e.chain)},
                       {QStringLiteral("recovered"), e.recovered}};
}

Result<ManifestEntry> entryFrom(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    ManifestEntry e;
    e.file = o.value(QStringLiteral("file")).toString();
    e.start = QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
    e.end = QDateTime::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODateWithMs);
    e.bytes = qint64(o.value(QStringLiteral("bytes")).toDouble(-1));
    e.frames = o.value(QStringLiteral("frames")).toInt(-1);
    e.sha256 = o.value(QStringLiteral("sha256")).toString().toLatin1();
    e.chain = o.value(QStringLiteral("chain")).toString().toLatin1();
    e.recovered = o.value(QStringLiteral("recovered")).toBool();
    // A name with a path in it could point a verifier or an exporter outside the clip's folder.
    if (e.file.isEmpty() || e.file.contains(u'/') || e.file.contains(u'\\')
        || e.file.startsWith(u'.') || e.sha256.size() != 64)
        return makeError(ErrorCode::InvalidInput, Tr::tr("清单中的文件条目无效：“%1”").arg(e.file));
    return e;
}
} // namespace

QByteArray chainSeed(const QString& settlementNo)
{
    const QByteArray seed = QByteArrayLiteral("pharmapos-clip-v1\n") + settlementNo.toUtf8();
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex();
}

QByteArray chainLink(const QByteArray& previous, const QString& file, const QByteArray& sha256)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous);
    h.addData("\n");
    h.addData(file.toUtf8());
    h.addData("\n");
    h.addData(sha256);
    return h.result().toHex();
}

QList<ManifestEntry> ClipManifest::entries() const
{
    QList<ManifestEntry> all = segments;
    if (face)
        all.append(*face);
    return all;
}

void ClipManifest::link()
{
    QByteArray previous = chainSeed(settlementNo);
    for (ManifestEntry& e : segments) {
        e.chain = chainLink(previous, e.file, e.sha256);
        previous = e.chain;
    }
    if (face) {
        face->chain = chainLink(previous, face->file, face->sha256);
        previous = face->chain;
    }
    chain = previous;
}

QStringList ClipManifest::chainProblems() const
{
    QStringList problems;
    QByteArray previous = chainSeed(settlementNo);
    for (const ManifestEntry& e : entries()) {
        const QByteArray expected = chainLink(previous, e.file, e.sha256);
        if (e.chain != expected)
            problems << Tr::tr("%1：链值与前一项不符（清单被改动或条目被删除、调换）").arg(e.file);
        previous = e.chain;
    }
    if (chain != previous)
        problems << Tr::tr("清单的链尾与最后一项不符");
    return problems;
}

QByteArray ClipManifest::toJson() const
{
    QJsonArray segs;
    for (const ManifestEntry& e : segments)
        segs.append(entryJson(e));
    QJsonObject o{{QStringLiteral("version"), kVersion},
                  {QStringLiteral("settlement"), settlementNo},
                  {QStringLiteral("store"), store},
                  {QStringLiteral("terminal"), terminal},
                  {QStringLiteral("start"), iso(start)},
                  {QStringLiteral("end"), iso(end)},
                  {QStringLiteral("outcome"), outcomeKey(outcome)},
                  {QStringLiteral("segments"), segs},
                  {QStringLiteral("chain"), QString::fromLatin1(chain)}};
    if (face)
        o.insert(QStringLiteral("face"), entryJson(*face));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<ClipManifest> ClipManifest::fromJson(const QByteArray& json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("录像清单不是有效的 JSON：%1").arg(pe.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("version")).toInt() != kVersion)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("录像清单版本 %1 无法识别").arg(o.value(QStringLiteral("version")).toInt()));
    ClipManifest m;
    m.settlementNo = o.value(QStringLiteral("settlement")).toString();
    m.store = o.value(QStringLiteral("store")).toString();
    m.terminal = o.value(QStringLiteral("terminal")).toString();
    m.start = QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
    m.end = QDateTime::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODateWithMs);
    const QString outcome = o.value(QStringLiteral("outcome")).toString();
    bool known = false;
    for (ClipOutcome c : {ClipOutcome::Completed, ClipOutcome::Abandoned, ClipOutcome::Interrupted})
        if (outcomeKey(c) == outcome) {
            m.outcome = c;
            known = true;
        }
    if (m.settlementNo.isEmpty() || !known)
        return makeError(ErrorCode::InvalidInput, Tr::tr("录像清单缺少结算单号或结果"));
    for (const QJsonValue& v : o.value(QStringLiteral("segments")).toArray()) {
        Result<ManifestEntry> e = entryFrom(v);
        if (!e)
            return e.error();
        m.segments.append(*e);
    }
    if (o.contains(QStringLiteral("face"))) {
        Result<ManifestEntry> e = entryFrom(o.value(QStringLiteral("face")));
        if (!e)
            return e.error();
        m.face = *e;
    }
    m.chain = o.value(QStringLiteral("chain")).toString().toLatin1();
    return m;
}

QString outcomeKey(ClipOutcome outcome)
{
    switch (outcome) {
    case ClipOutcome::Completed: return QStringLiteral("completed");
    case ClipOutcome::Abandoned: return QStringLiteral("abandoned");
    case ClipOutcome::Interrupted: return QStringLiteral("interrupted");
    }
    return {};
}

QString toDisplayString(ClipOutcome outcome)
{
    switch (outcome) {
    case ClipOutcome::Completed: return Tr::tr("结算完成");
    case ClipOutcome::Abandoned: return Tr::tr("结算中止");
    case ClipOutcome::Interrupted: return Tr::tr("异常中断（重启后补全）");
    }
    return {};
}

} // namespace pos::camera

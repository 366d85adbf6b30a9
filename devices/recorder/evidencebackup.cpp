#include "devices/recorder/evidencebackup.h"

#include "app/core/ports/evidencesealer.h"
#include "devices/logging.h"
#include "devices/recorder/fileevidencearchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pos::devices {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceBackup)
};

QString primaryName()
{
    return Tr::tr("主存储");
}
QString backupName()
{
    return Tr::tr("备份");
}

bool inRange(const KeptClip& c, const QDate& from, const QDate& to)
{
    const QDate day = c.manifest.start.date();
    return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
}

/// The tombstone the face retention leaves in place of a face image.
QString tombstoneOf(const QString& path)
{
    return path + QStringLiteral(".expired");
}

/// SHA-256 of the plain content: manifests hash what was recorded, whatever the sealing.
Result<QByteArray> contentSha(const EvidenceSealer* sealer, const QString& path)
{
    return sealer ? sealer->contentSha256(path) : evidence::sha256OfFile(path);
}

/// The clip's files on one side against its manifest.
void checkClip(const KeptClip& c, const QString& location, const EvidenceSealer* sealer,
               QList<EvidenceFinding>* out)
{
    const QString no = c.manifest.settlementNo;
    for (const QString& p : c.manifest.chainProblems())
        out->append({no, location, QStringLiteral("manifest.json"), p});
    for (const camera::ManifestEntry& e : c.manifest.entries()) {
        const QString path = c.dir + u'/' + e.file;
        if (!QFileInfo::exists(path)) {
            if (!QFileInfo::exists(tombstoneOf(path))) // else: removed by the face retention
                out->append({no, location, e.file, Tr::tr("文件缺失")});
            continue;
        }
        const Result<QByteArray> sha = contentSha(sealer, path);
        if (!sha)
            out->append({no, location, e.file, sha.error().message});
        else if (*sha != e.sha256)
            out->append({no, location, e.file, Tr::tr("内容已被改动（SHA-256 与清单不符）")});
    }
}
} // namespace

EvidenceBackup::EvidenceBackup(Options options)
    : m_options(std::move(options))
{
}

Result<int> EvidenceBackup::backupClip(const QString& settlementNo)
{
    if (m_options.backupDir.isEmpty())
        return makeError(ErrorCode::Configuration,
                         Tr::tr("未配置录像备份目录（[camera] backup_dir）"),
                         QStringLiteral("CAM-BACKUP"));
    Result<KeptClip> clip = findKeptClip(m_options.videoDir, settlementNo);
    if (!clip)
        return clip.error();
    const QString rel = QDir(m_options.videoDir).relativeFilePath(clip->dir);
    const QString target = m_options.backupDir + u'/' + rel;
    if (!QDir().mkpath(target))
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法创建备份目录 %1").arg(target),
                         QStringLiteral("CAM-BACKUP"));
    int copied = 0;
    for (const camera::ManifestEntry& e : clip->manifest.entries()) {
        const QString from = clip->dir + u'/' + e.file;
        const QString to = target + u'/' + e.file;
        if (!QFileInfo::exists(from) && QFileInfo::exists(tombstoneOf(from)))
            continue; // a face past its retention: nothing to copy
        // The copy is byte for byte (sealed stays sealed); then its content is checked against
        // the manifest, which also authenticates it.
        const Result<QByteArray> raw = evidence::sha256OfFile(from);
        if (!raw)
            return makeError(raw.error().code, raw.error().message, QStringLiteral("CAM-BACKUP"));
        if (Result<QByteArray> have = evidence::sha256OfFile(to); have && *have == *raw)
            continue;
        if (Status s = evidence::copyVerified(from, to, *raw); !s)
            return makeError(s.error().code, s.error().message, QStringLiteral("CAM-BACKUP"));
        const Result<QByteArray> content = contentSha(m_options.sealer, to);
        if (!content || *content != e.sha256)
            return makeError(
                ErrorCode::StorageFailure,
                Tr::tr("%1 的备份与清单不符：%2")
                    .arg(e.file, content ? Tr::tr("SHA-256 不同") : content.error().message),
                QStringLiteral("CAM-BACKUP"));
        ++copied;
    }
    // The manifest last: a backup with a manifest is a whole backup.
    if (Status s =
            evidence::copyVerified(clip->dir + QStringLiteral("/manifest.json"),
                                   target + QStringLiteral("/manifest.json"), clip->manifestSha256);
        !s)
        return makeError(s.error().code, s.error().message, QStringLiteral("CAM-BACKUP"));
    qCInfo(lcEvidenceStore) << "clip backed up:" << copied + 1 << "files";
    return copied + 1;
}

int EvidenceBackup::backupMissing(QStringList* problems)
{
    if (m_options.backupDir.isEmpty())
        return 0;
    int clips = 0;
    for (const KeptClip& c : listKeptClips(m_options.videoDir, problems)) {
        Result<KeptClip> there = findKeptClip(m_options.backupDir, c.manifest.settlementNo);
        if (there && there->manifestSha256 == c.manifestSha256)
            continue;
        if (Result<int> done = backupClip(c.manifest.settlementNo))
            ++clips;
        else if (problems)
            *problems << c.manifest.settlementNo + QStringLiteral(": ") + done.error().message;
    }
    return clips;
}

QList<EvidenceFinding> EvidenceBackup::verify(const QDate& from, const QDate& to) const
{
    QList<EvidenceFinding> findings;
    QStringList unreadable;
    const QList<KeptClip> primary = listKeptClips(m_options.videoDir, &unreadable);
    for (const QString& u : std::as_const(unreadable))
        findings.append({QString(), primaryName(), u, Tr::tr("清单无法读取")});
    QHash<QString, const KeptClip*> byNo;
    for (const KeptClip& c : primary) {
        byNo.insert(c.manifest.settlementNo, &c);
        if (inRange(c, from, to))
            checkClip(c, primaryName(), m_options.sealer, &findings);
    }
    if (m_options.backupDir.isEmpty()) {
        findings.append({QString(), backupName(), QString(),
                         Tr::tr("未配置备份目录（[camera] backup_dir），录像没有第二份")});
        return findings;
    }
    unreadable.clear();
    const QList<KeptClip> backup = listKeptClips(m_options.backupDir, &unreadable);
    for (const QString& u : std::as_const(unreadable))
        findings.append({QString(), backupName(), u, Tr::tr("清单无法读取")});
    QHash<QString, const KeptClip*> backedUp;
    for (const KeptClip& b : backup) {
        backedUp.insert(b.manifest.settlementNo, &b);
        if (!inRange(b, from, to))
            continue;
        checkClip(b, backupName(), m_options.sealer, &findings);
        const KeptClip* p = byNo.value(b.manifest.settlementNo);
        if (!p)
            findings.append({b.manifest.settlementNo, primaryName(), QString(),
                             Tr::tr("主存储中缺少此结算的录像（备份中有）")});
        else if (p->manifestSha256 != b.manifestSha256)
            findings.append({b.manifest.settlementNo, backupName(), QStringLiteral("manifest.json"),
                             Tr::tr("备份的清单与主存储不同")});
    }
    for (const KeptClip& c : primary)
        if (inRange(c, from, to) && !backedUp.contains(c.manifest.settlementNo))
            findings.append({c.manifest.settlementNo, backupName(), QString(), Tr::tr("没有备份")});
    return findings;
}

RetentionReport EvidenceBackup::applyRetention(const QDateTime& now)
{
    RetentionReport report;
    const QDateTime cutoff = now.addDays(-m_options.retentionDays);
    struct Candidate
    {
        QString location;
        QString root;
        KeptClip clip;
    };
    QList<Candidate> all;
    for (const auto& [location, root] : {std::pair{primaryName(), m_options.videoDir},
                                         std::pair{backupName(), m_options.backupDir}}) {
        if (root.isEmpty())
            continue;
        for (const KeptClip& c : listKeptClips(root))
            all.append({location, root, c});
    }
    std::sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
        return a.clip.manifest.end < b.clip.manifest.end;
    });
    for (const Candidate& c : std::as_const(all)) {
        // Still under retention (or a clip whose end cannot be read): kept.
        if (!c.clip.manifest.end.isValid() || c.clip.manifest.end >= cutoff) {
            ++report.kept;
            continue;
        }
        const QString rel = QDir(c.root).relativeFilePath(c.clip.dir);
        if (QDir(c.clip.dir).removeRecursively()) {
            report.deleted << c.location + u' ' + rel;
            QDir(c.root).rmdir(QFileInfo(c.clip.dir).path()); // the day, when now empty
        } else {
            qCWarning(lcEvidenceStore) << "retention could not delete" << c.clip.dir;
        }
    }
    if (m_options.faceRetentionDays > 0 && m_options.faceRetentionDays < m_options.retentionDays) {
        const QDateTime faceCutoff = now.addDays(-m_options.faceRetentionDays);
        for (const Candidate& c : std::as_const(all)) {
            if (!c.clip.manifest.face || !c.clip.manifest.end.isValid()
                || c.clip.manifest.end >= faceCutoff || c.clip.manifest.end < cutoff)
                continue;
            const QString face = c.clip.dir + u'/' + c.clip.manifest.face->file;
            if (!QFileInfo::exists(face))
                continue;
            const QByteArray note =
                QJsonDocument(
                    QJsonObject{{QStringLiteral("removed_at"), now.toString(Qt::ISODate)},
                                {QStringLiteral("reason"), QStringLiteral("retention:faces")},
                                {QStringLiteral("days"), m_options.faceRetentionDays}})
                    .toJson(QJsonDocument::Compact);
            // The tombstone first: a crash between the two leaves a face and its tombstone (the
            // next run deletes the face), never a face missing without a word.
            if (Status t = evidence::writeFileAtomically(tombstoneOf(face), note); !t) {
                qCWarning(lcEvidenceStore) << "face retention: no tombstone for" << face;
                continue;
            }
            if (QFile::remove(face))
                report.deleted << c.location + u' ' + QDir(c.root).relativeFilePath(face);
        }
    }
    return report;
}

} // namespace pos::devices

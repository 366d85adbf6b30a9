#include "storage/crypto/keyrotation.h"

#include "storage/crypto/keystore.h"
#include "storage/crypto/opensslfilesealer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace pos::storage::crypto {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeyRotation)
};

} // namespace

Result<std::optional<RotationProgress>> RotationProgress::read(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return std::optional<RotationProgress>();
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法读取轮换进度 %1：%2").arg(path, f.errorString()));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject()) // a torn write cannot happen (rename), but a damaged file only costs a
                         // rescan
        return std::optional<RotationProgress>();
    const QJsonObject o = doc.object();
    RotationProgress p;
    p.targetKeyId = keyIdFromHex(o.value(QStringLiteral("target")).toString());
    const QJsonObject cursors = o.value(QStringLiteral("cursors")).toObject();
    for (auto it = cursors.begin(); it != cursors.end(); ++it)
        p.cursors.insert(it.key(), it.value().toString());
    for (const QJsonValue& v : o.value(QStringLiteral("done")).toArray())
        p.done << v.toString();
    return std::optional<RotationProgress>(p);
}

Status RotationProgress::write(const QString& path) const
{
    QJsonObject cursors;
    for (auto it = this->cursors.cbegin(); it != this->cursors.cend(); ++it)
        cursors.insert(it.key(), it.value());
    const QByteArray json =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("target"), keyIdHex(targetKeyId)},
                          {QStringLiteral("cursors"), cursors},
                          {QStringLiteral("done"), QJsonArray::fromStringList(done)},
                      })
            .toJson(QJsonDocument::Compact);
    const QString tmp = path + QStringLiteral(".tmp");
    QFile::remove(tmp);
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(json) != json.size() || !f.flush() || ::fsync(f.handle()) != 0)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法记录轮换进度 %1：%2").arg(path, f.errorString()));
    f.close();
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0)
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法记录轮换进度 %1").arg(path));
    (void)syncDirectory(QFileInfo(path).absolutePath());
    return {};
}

KeyRotation::KeyRotation(KeyStore& store, QList<EncryptedHolder*> holders, QString progressPath,
                         RotationOptions options)
    : m_store(store)
    , m_holders(std::move(holders))
    , m_progressPath(std::move(progressPath))
    , m_options(std::move(options))
{
}

Status KeyRotation::rotateHolders(const Reencryptor& re, RotationProgress& progress,
                                  RotationOutcome& outcome)
{
    for (EncryptedHolder* h : m_holders) {
        if (progress.done.contains(h->name()))
            continue;
        const int batchSize = h->holdsFiles() ? m_options.fileBatch : m_options.fieldBatch;
        qint64 rewritten = 0;
        for (;;) {
            Result<RotationBatch> b =
                h->rotateBatch(progress.cursors.value(h->name()), re, batchSize);
            if (!b)
                return makeError(
                    b.error().code,
                    Tr::tr("%1：%2（已完成的部分不受影响，再次执行 keys rotate 会接着做）")
                        .arg(h->name(), b.error().message));
            rewritten += b->rewritten;
            outcome.rewritten += b->rewritten;
            progress.cursors.insert(h->name(), b->nextCursor);
            if (b->finished)
                progress.done << h->name();
            if (Status s = progress.write(m_progressPath); !s)
                return s;
            crashPoint("progress-saved");
            if (b->finished)
                break;
        }
        say(Tr::tr("%1：已改写 %2 项").arg(h->name()).arg(rewritten));
    }
    return {};
}

Result<RotationOutcome> KeyRotation::run()
{
    RotationOutcome outcome;
    if (Status s = m_store.lockExclusive(); !s)
        return s.error();
    crashPoint("rotation-start");

    if (m_store.ring()->generations().size() == 1) {
        if (m_store.source() == KeySource::Environment) {
            outcome.toKeyId = m_store.ring()->current().id;
            outcome.notes
                << Tr::tr(
                       "密钥来自环境变量：要更换，请把新密钥设为 %1、旧密钥设为 %2，再执行 keys rotate")
                       .arg(QString::fromLatin1(kStoreKeyEnv),
                            QString::fromLatin1(kPreviousStoreKeyEnv));
        } else {
            const QByteArray old = m_store.ring()->current().id;
            if (Status s = m_store.addGenerationAsCurrent(); !s)
                return s.error();
            crashPoint("new-key-written");
            outcome.fromKeyId = old;
            say(Tr::tr("新密钥 %1 已写入密钥文件，旧密钥 %2 在轮换完成前仍可读取")
                    .arg(keyIdHex(m_store.ring()->current().id), keyIdHex(old)));
        }
    } else {
        outcome.resumed = true;
        for (const DerivedKeys* k : m_store.ring()->generations()) {
            if (k->id != m_store.ring()->current().id)
                outcome.fromKeyId = k->id;
        }
        say(Tr::tr("继续未完成的轮换：改用密钥 %1").arg(keyIdHex(m_store.ring()->current().id)));
    }
    const std::shared_ptr<const KeyRing> ring = m_store.ring();
    outcome.toKeyId = ring->current().id;
    const Reencryptor re(ring, m_options.crashHook);

    Result<std::optional<RotationProgress>> saved = RotationProgress::read(m_progressPath);
    if (!saved)
        return saved.error();
    RotationProgress progress;
    if (*saved && (*saved)->targetKeyId == outcome.toKeyId)
        progress = **saved;
    progress.targetKeyId = outcome.toKeyId;

    // Rewrite, then check every holder: nothing may remain under another key. A second pass from
    // the start catches anything a cursor skipped (there should be nothing; it costs one scan).
    for (int pass = 0; pass < 2; ++pass) {
        if (Status s = rotateHolders(re, progress, outcome); !s)
            return s.error();
        QStringList remaining;
        for (EncryptedHolder* h : m_holders) {
            Result<HolderCensus> c = h->census();
            if (!c)
                return c.error();
            for (auto it = c->byKeyId.cbegin(); it != c->byKeyId.cend(); ++it) {
                if (it.key() == outcome.toKeyId || it.value() == 0)
                    continue;
                if (!ring->find(it.key()))
                    return makeError(
                        ErrorCode::Configuration,
                        Tr::tr(
                            "%1 有 %2 项由密钥 %3 加密，本店没有这个密钥：先用 keys restore 从备份恢复它，再执行 keys rotate")
                            .arg(h->name())
                            .arg(it.value())
                            .arg(keyIdHex(it.key())));
                remaining << h->name();
                progress.cursors.remove(h->name());
                progress.done.removeAll(h->name());
            }
        }
        if (remaining.isEmpty())
            break;
        if (pass == 1)
            return makeError(
                ErrorCode::StorageFailure,
                Tr::tr("轮换后 %1 仍有旧密钥加密的数据，旧密钥保留；请再次执行 keys rotate")
                    .arg(remaining.join(QStringLiteral("、"))));
    }

    crashPoint("before-retire");
    if (m_store.source() == KeySource::File) {
        for (const DerivedKeys* k : ring->generations()) {
            if (k->id != outcome.toKeyId)
                outcome.retiredIds << k->id;
        }
        if (!outcome.retiredIds.isEmpty()) {
            if (Status s = m_store.retireAllButCurrent(); !s)
                return s.error();
            crashPoint("retired");
        }
        outcome.notes << Tr::tr(
            "请立即执行 pharmapos keys backup --out 文件：旧的密钥备份读不了轮换后的数据");
    } else if (ring->generations().size() > 1) {
        outcome.notes << Tr::tr("所有数据已改用密钥 %1：现在可以撤掉环境变量 %2")
                             .arg(keyIdHex(outcome.toKeyId),
                                  QString::fromLatin1(kPreviousStoreKeyEnv));
    }
    QFile::remove(m_progressPath);
    return outcome;
}

} // namespace pos::storage::crypto

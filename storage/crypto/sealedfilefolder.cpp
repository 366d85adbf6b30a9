#include "storage/crypto/sealedfilefolder.h"

#include "storage/crypto/opensslfilesealer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace pos::storage::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SealedFileFolder)
};
} // namespace

SealedFileFolder::SealedFileFolder(Spec spec)
    : m_spec(std::move(spec))
{
}

QStringList SealedFileFolder::files() const
{
    QStringList out;
    const QDir root(m_spec.dir);
    QDirIterator it(m_spec.dir, m_spec.nameFilters, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral(".part-")))
            continue;
        out << root.relativeFilePath(path);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QDateTime SealedFileFolder::referenceTime(const QString& absolutePath) const
{
    Result<SealedHeader> h = OpenSslFileSealer::readHeader(absolutePath);
    if (h)
        return h->sealedAt;
    return QFileInfo(absolutePath).lastModified();
}

Result<HolderCensus> SealedFileFolder::census()
{
    HolderCensus c;
    const QDir root(m_spec.dir);
    for (const QString& rel : files()) {
        const QString path = root.filePath(rel);
        if (!OpenSslFileSealer::looksSealed(path)) {
            ++c.plain;
            continue;
        }
        Result<SealedHeader> h = OpenSslFileSealer::readHeader(path);
        if (!h)
            return h.error();
        ++c.byKeyId[h->keyId];
    }
    return c;
}

Result<RotationBatch> SealedFileFolder::rotateBatch(const QString& cursor,
                                                    const Reencryptor& reencryptor, int maxItems)
{
    RotationBatch batch;
    batch.nextCursor = cursor;
    // A rotation killed mid-file left a temporary (ciphertext under the new key) beside it;
    // rotation runs alone (KeyStore::lockExclusive), so no writer of this folder is active now.
    OpenSslFileSealer::removeAbandonedParts(m_spec.dir);
    const QDir root(m_spec.dir);
    const QStringList all = files();
    auto it = cursor.isEmpty() ? all.cbegin() : std::upper_bound(all.cbegin(), all.cend(), cursor);
    QStringList stale;
    int examined = 0;
    for (; it != all.cend() && examined < maxItems; ++it, ++examined) {
        const QString path = root.filePath(*it);
        if (OpenSslFileSealer::looksSealed(path)) {
            Result<SealedHeader> h = OpenSslFileSealer::readHeader(path);
            if (!h)
                return h.error();
            if (h->keyId != reencryptor.targetKeyId())
                stale << path;
        }
        batch.nextCursor = *it;
    }
    batch.finished = it == all.cend();

    // Files are independent: they are re-encrypted on as many threads as there are cores (each
    // with its own cipher contexts; the key ring is immutable), so rotating a store's clips is
    // bound by AES and the disk, not by one core. The cursor moves only once all are done.
    std::atomic<qsizetype> next{0};
    std::mutex failureLock;
    std::optional<Error> failure;
    const auto work = [&] {
        for (qsizetype i = next++; i < stale.size(); i = next++) {
            if (Status s = reencryptor.resealFile(stale.at(i)); !s) {
                const std::lock_guard<std::mutex> lock(failureLock);
                if (!failure)
                    failure = s.error();
                return;
            }
            reencryptor.crashPoint("file-resealed");
        }
    };
    const int threads =
        int(std::max<qsizetype>(1, std::min<qsizetype>({qsizetype(QThread::idealThreadCount()),
                                                        qsizetype(4), stale.size()})));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool)
        t.join();
    if (failure)
        return *failure;
    batch.rewritten = stale.size();
    return batch;
}

Result<RetentionPage> SealedFileFolder::candidates(const QDateTime& cutoff, int limit,
                                                   const QString& cursor)
{
    RetentionPage page;
    const QDir root(m_spec.dir);
    const QStringList all = files();
    auto it = cursor.isEmpty() ? all.cbegin() : std::upper_bound(all.cbegin(), all.cend(), cursor);
    int examined = 0;
    for (; it != all.cend() && examined < limit; ++it, ++examined) {
        const QString path = root.filePath(*it);
        const QDateTime t = referenceTime(path);
        page.nextCursor = *it;
        if (!t.isValid() || t > cutoff)
            continue;
        page.items.append(
            RetentionItem{*it, path, t, m_spec.heldUntil ? m_spec.heldUntil(path) : QDateTime()});
    }
    page.done = it == all.cend();
    return page;
}

Status SealedFileFolder::remove(const RetentionItem& item)
{
    if (!QFileInfo::exists(item.handle))
        return {};
    if (!QFile::remove(item.handle))
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法删除 %1").arg(item.handle));
    return {};
}

Result<RetentionHolding> SealedFileFolder::holding(const QList<QDateTime>& bucketStarts)
{
    RetentionHolding h;
    h.byAge = QList<qint64>(bucketStarts.size() + 1, 0);
    const QDir root(m_spec.dir);
    for (const QString& rel : files()) {
        const QDateTime t = referenceTime(root.filePath(rel));
        ++h.count;
        if (!h.oldest.isValid() || t < h.oldest)
            h.oldest = t;
        qsizetype bucket = 0;
        while (bucket < bucketStarts.size() && t < bucketStarts.at(bucket))
            ++bucket;
        ++h.byAge[bucket];
    }
    return h;
}

} // namespace pos::storage::crypto

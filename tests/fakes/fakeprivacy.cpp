#include "tests/fakes/fakeprivacy.h"

#include <QCryptographicHash>
#include <QFile>

namespace pos::fakes {

namespace {

const QByteArray kFieldTag = QByteArrayLiteral("FK1");
const QByteArray kSealTag = QByteArrayLiteral("FKSEAL1\n");

QByteArray xored(QByteArrayView in)
{
    QByteArray out(in.size(), '\0');
    for (qsizetype i = 0; i < in.size(); ++i)
        out[i] = char(in[i] ^ 0x5a);
    return out;
}

QByteArray contextDigest(const FieldContext& c)
{
    return QCryptographicHash::hash((c.table + u'|' + c.column + u'|' + c.row).toUtf8(),
                                    QCryptographicHash::Sha256)
        .left(8);
}

QByteArray digest(QByteArrayView data, const QString& purpose)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(purpose.toUtf8());
    h.addData(QByteArrayView("|"));
    h.addData(data);
    return h.result();
}

class FakeWriter final : public SealedFileWriter
{
public:
    FakeWriter(QString path, FileContext context, QDateTime at)
        : m_path(std::move(path))
        , m_context(std::move(context))
        , m_at(std::move(at))
    {
    }
    Status write(QByteArrayView plain) override
    {
        m_data.append(plain);
        return {};
    }
    Status finish() override
    {
        QFile f(m_path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(ErrorCode::StorageFailure, f.errorString());
        f.write(kSealTag + m_context.label.toUtf8() + '\n'
                + QByteArray::number(m_at.toMSecsSinceEpoch()) + '\n' + xored(m_data));
        return {};
    }

private:
    QString m_path;
    FileContext m_context;
    QDateTime m_at;
    QByteArray m_data;
};

class FakeReader final : public SealedFileReader
{
public:
    FakeReader(QByteArray plain, FileContext context, QDateTime at)
        : m_plain(std::move(plain))
        , m_context(std::move(context))
        , m_at(std::move(at))
    {
    }
    Result<QByteArray> readChunk() override
    {
        if (m_done)
            return QByteArray();
        m_done = true;
        return m_plain;
    }
    bool atEnd() const override { return m_done; }
    qint64 plainSize() const override { return m_plain.size(); }
    FileContext context() const override { return m_context; }
    QDateTime sealedAt() const override { return m_at; }

private:
    QByteArray m_plain;
    FileContext m_context;
    QDateTime m_at;
    bool m_done = false;
};

} // namespace

Result<QByteArray> FakeFieldCipher::encrypt(QByteArrayView plain, const FieldContext& context) const
{
    ++encryptions;
    if (failEncrypt)
        return makeError(ErrorCode::StorageFailure, QStringLiteral("fake encryption failure"));
    return QByteArray(kFieldTag + keyId + contextDigest(context) + xored(plain));
}

Result<QByteArray> FakeFieldCipher::decrypt(QByteArrayView blob, const FieldContext& context) const
{
    ++decryptions;
    if (blob.size() < 19 || !blob.startsWith(kFieldTag))
        return makeError(ErrorCode::StorageFailure, QStringLiteral("not a fake blob"));
    if (!readableKeyIds.contains(blob.sliced(3, 8).toByteArray()))
        return makeError(ErrorCode::Configuration, QStringLiteral("unknown fake key"));
    if (blob.sliced(11, 8) != contextDigest(context))
        return makeError(ErrorCode::StorageFailure, QStringLiteral("fake blob of another context"));
    return xored(blob.sliced(19));
}

QByteArray FakeFieldCipher::lookupHash(PersonalKind kind, const QString& value) const
{
    const QString n = normalizeForLookup(kind, value);
    if (n.isEmpty())
        return {};
    return QCryptographicHash::hash(
        (QStringLiteral("fake|") + personalKindKey(kind) + u'|' + n).toUtf8(),
        QCryptographicHash::Sha256);
}

QList<QByteArray> FakeFieldCipher::lookupHashes(PersonalKind kind, const QString& value) const
{
    const QByteArray h = lookupHash(kind, value);
    return h.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{h};
}

QByteArray FakeFieldCipher::keyIdOf(QByteArrayView blob) const
{
    return blob.size() >= 11 && blob.startsWith(kFieldTag) ? blob.sliced(3, 8).toByteArray()
                                                           : QByteArray();
}

Result<std::unique_ptr<SealedFileWriter>>
FakeFileSealer::createSealed(const QString& sealedPath, const FileContext& context) const
{
    return std::unique_ptr<SealedFileWriter>(new FakeWriter(sealedPath, context, sealedAt));
}

Result<std::unique_ptr<SealedFileReader>>
FakeFileSealer::openSealed(const QString& sealedPath, const FileContext& expected) const
{
    QFile f(sealedPath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailure, f.errorString());
    const QByteArray all = f.readAll();
    if (!all.startsWith(kSealTag))
        return makeError(ErrorCode::StorageFailure, QStringLiteral("not a fake sealed file"));
    const qsizetype labelEnd = all.indexOf('\n', kSealTag.size());
    const qsizetype timeEnd = all.indexOf('\n', labelEnd + 1);
    if (labelEnd < 0 || timeEnd < 0)
        return makeError(ErrorCode::StorageFailure, QStringLiteral("damaged fake sealed file"));
    const FileContext context{
        QString::fromUtf8(all.mid(kSealTag.size(), labelEnd - kSealTag.size()))};
    if (!expected.label.isEmpty() && expected.label != context.label)
        return makeError(ErrorCode::StorageFailure, QStringLiteral("sealed for another context"));
    const QDateTime at =
        QDateTime::fromMSecsSinceEpoch(all.mid(labelEnd + 1, timeEnd - labelEnd - 1).toLongLong());
    return std::unique_ptr<SealedFileReader>(
        new FakeReader(xored(all.mid(timeEnd + 1)), context, at));
}

Result<QByteArray> FakeRecordSealer::mac(QByteArrayView data, const QString& purpose) const
{
    return QByteArray(QByteArrayLiteral("FM") + digest(data, purpose));
}

Status FakeRecordSealer::verifyMac(QByteArrayView data, QByteArrayView token,
                                   const QString& purpose) const
{
    if (token != QByteArray(QByteArrayLiteral("FM") + digest(data, purpose)))
        return makeError(ErrorCode::StorageFailure, QStringLiteral("fake MAC mismatch"));
    return {};
}

Result<QByteArray> FakeRecordSealer::sign(QByteArrayView data, const QString& purpose) const
{
    return QByteArray(QByteArrayLiteral("FS") + digest(data, purpose));
}

Status FakeRecordSealer::verifySignature(QByteArrayView data, QByteArrayView token,
                                         const QString& purpose) const
{
    if (token != QByteArray(QByteArrayLiteral("FS") + digest(data, purpose)))
        return makeError(ErrorCode::StorageFailure, QStringLiteral("fake signature mismatch"));
    return {};
}

void FakeRetentionTarget::add(const QString& id, const QDateTime& at, const QDateTime& heldUntil)
{
    items.append(RetentionItem{id, id, at, heldUntil});
}

Result<RetentionPage> FakeRetentionTarget::candidates(const QDateTime& cutoff, int limit,
                                                      const QString& cursor)
{
    RetentionPage page;
    qsizetype start = cursor.isEmpty() ? 0 : cursor.toLongLong();
    qsizetype i = start;
    for (; i < items.size() && page.items.size() < limit; ++i) {
        if (ignoreCutoff || items.at(i).referenceTime <= cutoff)
            page.items.append(items.at(i));
    }
    page.nextCursor = QString::number(i);
    page.done = i >= items.size();
    return page;
}

Status FakeRetentionTarget::remove(const RetentionItem& item)
{
    if (failRemove)
        return makeError(ErrorCode::StorageFailure, QStringLiteral("fake removal failure"));
    removed.append(item.id);
    // Keep indexes stable for the cursor: mark instead of erase.
    for (RetentionItem& i : items) {
        if (i.id == item.id)
            i.referenceTime = QDateTime();
    }
    return {};
}

Result<RetentionHolding> FakeRetentionTarget::holding(const QList<QDateTime>& bucketStarts)
{
    RetentionHolding h;
    h.byAge = QList<qint64>(bucketStarts.size() + 1, 0);
    for (const RetentionItem& i : items) {
        if (!i.referenceTime.isValid())
            continue;
        ++h.count;
        if (!h.oldest.isValid() || i.referenceTime < h.oldest)
            h.oldest = i.referenceTime;
        qsizetype b = 0;
        while (b < bucketStarts.size() && i.referenceTime < bucketStarts.at(b))
            ++b;
        ++h.byAge[b];
    }
    return h;
}

} // namespace pos::fakes

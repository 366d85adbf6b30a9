#include "storage/crypto/opensslfilesealer.h"

#include "app/core/ports/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

#include <cstring>

namespace pos::storage::crypto {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileSealer)
};

const QByteArray kMagic = QByteArrayLiteral("PPOSSEAL");
constexpr int kFormat = 1;
constexpr int kSaltBytes = 32;
constexpr int kFixedHeaderBytes = 8 + 1 + 1 + kKeyIdBytes + kSaltBytes + 8 + 2;
constexpr int kMaxContextBytes = 1024;
const QString kPartInfix = QStringLiteral(".part-");

Error ioError(const QString& what, const QString& path, const QString& why)
{
    return makeError(ErrorCode::StorageFailure, Tr::tr("%1 %2 失败：%3").arg(what, path, why));
}

Result<SecretBytes> fileKey(const DerivedKeys& keys, QByteArrayView salt)
{
    return hkdfSha256(keys.fileKey.view(), salt, "sealed-file-v1", kAesKeyBytes);
}

void chunkNonce(unsigned char* nonce, quint64 index)
{
    std::memset(nonce, 0, 4);
    for (int i = 0; i < 8; ++i)
        nonce[4 + i] = static_cast<unsigned char>(index >> (56 - 8 * i));
}

QByteArray chunkAad(const QByteArray& headerHash, quint64 index, bool final)
{
    QByteArray aad = headerHash;
    appendU64(aad, index);
    aad.append(final ? '\1' : '\0');
    return aad;
}

struct ParsedHeader
{
    QByteArray bytes;
    QByteArray keyId;
    QByteArray salt;
    int chunkLog2 = 0;
    QDateTime sealedAt;
    FileContext context;
};

Result<ParsedHeader> parseHeader(QFile& f)
{
    ParsedHeader h;
    h.bytes = f.read(kFixedHeaderBytes);
    if (h.bytes.size() != kFixedHeaderBytes || !h.bytes.startsWith(kMagic))
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("%1 不是加密文件（或文件头不完整）").arg(f.fileName()));
    const auto* b = reinterpret_cast<const unsigned char*>(h.bytes.constData());
    if (b[8] != kFormat)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("%1 的加密格式 %2 未知").arg(f.fileName()).arg(int(b[8])));
    h.chunkLog2 = b[9];
    if (h.chunkLog2 < 10 || h.chunkLog2 > 24)
        return makeError(ErrorCode::StorageFailure, Tr::tr("%1 的文件头已损坏").arg(f.fileName()));
    h.keyId = h.bytes.mid(10, kKeyIdBytes);
    h.salt = h.bytes.mid(10 + kKeyIdBytes, kSaltBytes);
    h.sealedAt = QDateTime::fromMSecsSinceEpoch(
        static_cast<qint64>(readU64(b + 10 + kKeyIdBytes + kSaltBytes)));
    const quint16 ctxLen = readU16(b + kFixedHeaderBytes - 2);
    if (ctxLen > kMaxContextBytes)
        return makeError(ErrorCode::StorageFailure, Tr::tr("%1 的文件头已损坏").arg(f.fileName()));
    const QByteArray ctx = f.read(ctxLen);
    if (ctx.size() != ctxLen)
        return makeError(ErrorCode::StorageFailure, Tr::tr("%1 的文件头不完整").arg(f.fileName()));
    h.bytes.append(ctx);
    h.context.label = QString::fromUtf8(ctx);
    return h;
}

/// Writes format 1 through a temporary file that finish() renames into place.
class Writer final : public SealedFileWriter
{
public:
    ~Writer() override
    {
        if (!m_finished && m_file.isOpen()) {
            m_file.close();
            QFile::remove(m_file.fileName());
        }
    }

    static Result<std::unique_ptr<Writer>> create(const QString& path, const FileContext& context,
                                                  const DerivedKeys& keys, const QDateTime& at,
                                                  std::function<void()> afterChunk)
    {
        std::unique_ptr<Writer> w(new Writer);
        w->m_path = path;
        w->m_afterChunk = std::move(afterChunk);
        const QByteArray ctx = context.label.toUtf8();
        if (ctx.size() > kMaxContextBytes)
            return makeError(ErrorCode::InvalidInput, Tr::tr("加密文件的上下文过长"));
        Result<QByteArray> salt = randomBytes(kSaltBytes);
        Result<QByteArray> suffix = randomBytes(6);
        if (!salt || !suffix)
            return makeError(ErrorCode::StorageFailure, Tr::tr("系统随机数发生器不可用"));
        Result<SecretBytes> key = fileKey(keys, *salt);
        if (!key)
            return key.error();
        w->m_key = std::move(key.value());
        QByteArray header = kMagic;
        header.append(char(kFormat)).append(char(OpenSslFileSealer::kChunkLog2));
        header.append(keys.id).append(*salt);
        appendU64(header, quint64(at.toMSecsSinceEpoch()));
        appendU16(header, quint16(ctx.size()));
        header.append(ctx);
        w->m_headerHash = sha256(header);
        w->m_chunkBytes = qsizetype(1) << OpenSslFileSealer::kChunkLog2;
        w->m_plain = SecretBytes(w->m_chunkBytes);
        w->m_out = QByteArray(w->m_chunkBytes + kGcmTagBytes, '\0');
        w->m_file.setFileName(path + kPartInfix + QString::fromLatin1(suffix->toHex()));
        if (!w->m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                            QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return ioError(Tr::tr("创建加密文件"), path, w->m_file.errorString());
        if (w->m_file.write(header) != header.size())
            return ioError(Tr::tr("写入加密文件"), path, w->m_file.errorString());
        return w;
    }

    Status write(QByteArrayView plain) override
    {
        if (m_finished)
            return makeError(ErrorCode::WrongState, Tr::tr("加密文件已完成，不能再写"));
        while (!plain.isEmpty()) {
            if (m_fill == m_chunkBytes) {
                // More data follows, so the full chunk in hand is not the last one.
                if (Status s = flushChunk(false); !s)
                    return s;
            }
            const qsizetype n = qMin(plain.size(), m_chunkBytes - m_fill);
            std::memcpy(m_plain.data() + m_fill, plain.data(), static_cast<size_t>(n));
            m_fill += n;
            plain = plain.sliced(n);
        }
        return {};
    }

    Status finish() override
    {
        if (m_finished)
            return makeError(ErrorCode::WrongState, Tr::tr("加密文件已完成"));
        if (Status s = flushChunk(true); !s)
            return s;
        if (!m_file.flush() || ::fsync(m_file.handle()) != 0)
            return ioError(Tr::tr("写入加密文件"), m_path, m_file.errorString());
        m_file.close();
        if (::rename(QFile::encodeName(m_file.fileName()).constData(),
                     QFile::encodeName(m_path).constData())
            != 0) {
            QFile::remove(m_file.fileName());
            return ioError(Tr::tr("保存加密文件"), m_path, QString::fromLocal8Bit(strerror(errno)));
        }
        m_finished = true;
        if (!syncDirectory(QFileInfo(m_path).absolutePath()))
            return ioError(Tr::tr("同步目录"), QFileInfo(m_path).absolutePath(),
                           QString::fromLocal8Bit(strerror(errno)));
        return {};
    }

private:
    Writer() = default;

    Status flushChunk(bool final)
    {
        unsigned char nonce[kGcmNonceBytes];
        chunkNonce(nonce, m_index);
        auto* out = reinterpret_cast<unsigned char*>(m_out.data());
        if (!m_gcm.encrypt(m_key.data(), nonce, chunkAad(m_headerHash, m_index, final),
                           m_plain.data(), m_fill, out, out + m_fill))
            return makeError(ErrorCode::StorageFailure, Tr::tr("加密失败：%1").arg(opensslError()));
        const qsizetype len = m_fill + kGcmTagBytes;
        if (m_file.write(m_out.constData(), len) != len)
            return ioError(Tr::tr("写入加密文件"), m_path, m_file.errorString());
        ++m_index;
        m_fill = 0;
        if (m_afterChunk)
            m_afterChunk();
        return {};
    }

    QString m_path;
    QFile m_file;
    SecretBytes m_key;
    QByteArray m_headerHash;
    qsizetype m_chunkBytes = 0;
    SecretBytes m_plain;
    qsizetype m_fill = 0;
    QByteArray m_out;
    quint64 m_index = 0;
    GcmContext m_gcm;
    bool m_finished = false;
    std::function<void()> m_afterChunk;
};

class Reader final : public SealedFileReader
{
public:
    static Result<std::unique_ptr<Reader>> open(const KeyRing& ring, const QString& path,
                                                const FileContext& expected)
    {
        std::unique_ptr<Reader> r(new Reader);
        r->m_file.setFileName(path);
        if (!r->m_file.open(QIODevice::ReadOnly))
            return ioError(Tr::tr("打开加密文件"), path, r->m_file.errorString());
        Result<ParsedHeader> h = parseHeader(r->m_file);
        if (!h)
            return h.error();
        if (!expected.label.isEmpty() && expected.label != h->context.label)
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("加密文件 %1 属于“%2”，不是“%3”")
                                 .arg(path, h->context.label, expected.label));
        const DerivedKeys* keys = ring.find(h->keyId);
        if (!keys)
            return makeError(
                ErrorCode::Configuration,
                Tr::tr("加密文件 %1 由密钥 %2 加密，本店没有这个密钥（需要 keys restore 恢复它）")
                    .arg(path, keyIdHex(h->keyId)));
        Result<SecretBytes> key = fileKey(*keys, h->salt);
        if (!key)
            return key.error();
        r->m_key = std::move(key.value());
        r->m_headerHash = sha256(h->bytes);
        r->m_context = h->context;
        r->m_sealedAt = h->sealedAt;
        r->m_chunkBytes = qsizetype(1) << h->chunkLog2;
        const qint64 body = r->m_file.size() - h->bytes.size();
        if (body < kGcmTagBytes)
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("加密文件 %1 被截断（没有最后一块）").arg(path));
        r->m_lastIndex = quint64((body - kGcmTagBytes) / (r->m_chunkBytes + kGcmTagBytes));
        const qint64 lastPlain =
            body - qint64(r->m_lastIndex) * (r->m_chunkBytes + kGcmTagBytes) - kGcmTagBytes;
        r->m_plainSize = qint64(r->m_lastIndex) * r->m_chunkBytes + lastPlain;
        // Read into before use; never handed out.
        r->m_raw = QByteArray(r->m_chunkBytes + kGcmTagBytes, Qt::Uninitialized);
        return r;
    }

    Result<QByteArray> readChunk() override
    {
        if (m_atEnd)
            return QByteArray();
        if (m_failed)
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("加密文件 %1 已读取失败").arg(m_file.fileName()));
        const bool final = m_index == m_lastIndex;
        const qsizetype plainLen =
            final ? qsizetype(m_plainSize - qint64(m_lastIndex) * m_chunkBytes) : m_chunkBytes;
        const qsizetype rawLen = plainLen + kGcmTagBytes;
        if (m_file.read(m_raw.data(), rawLen) != rawLen)
            return fail(Tr::tr("读取第 %1 块失败：%2").arg(m_index + 1).arg(m_file.errorString()));
        QByteArray plain(plainLen, Qt::Uninitialized); // all written by the decryption
        unsigned char nonce[kGcmNonceBytes];
        chunkNonce(nonce, m_index);
        const auto* raw = reinterpret_cast<const unsigned char*>(m_raw.constData());
        if (!m_gcm.decrypt(m_key.data(), nonce, chunkAad(m_headerHash, m_index, final), raw,
                           plainLen, reinterpret_cast<unsigned char*>(plain.data()),
                           raw + plainLen)) {
            cleanse(plain);
            return fail(
                final ? Tr::tr("最后一块（第 %1 块）校验失败：文件被改动、截断或拼接")
                            .arg(m_index + 1)
                      : Tr::tr("第 %1 块校验失败：文件被改动或块的顺序被打乱").arg(m_index + 1));
        }
        ++m_index;
        m_atEnd = final;
        return plain;
    }

    bool atEnd() const override { return m_atEnd; }
    qint64 plainSize() const override { return m_plainSize; }
    FileContext context() const override { return m_context; }
    QDateTime sealedAt() const override { return m_sealedAt; }

private:
    Reader() = default;
    Error fail(const QString& why)
    {
        m_failed = true;
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("加密文件 %1 无法验证：%2").arg(m_file.fileName(), why));
    }

    QFile m_file;
    SecretBytes m_key;
    QByteArray m_headerHash;
    FileContext m_context;
    QDateTime m_sealedAt;
    qsizetype m_chunkBytes = 0;
    quint64 m_lastIndex = 0;
    quint64 m_index = 0;
    qint64 m_plainSize = 0;
    QByteArray m_raw;
    GcmContext m_gcm;
    bool m_atEnd = false;
    bool m_failed = false;
};

} // namespace

bool syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

OpenSslFileSealer::OpenSslFileSealer(std::shared_ptr<const KeyRing> ring, const Clock& clock)
    : m_ring(std::move(ring))
    , m_clock(clock)
{
}

Result<std::unique_ptr<SealedFileWriter>>
OpenSslFileSealer::createSealed(const QString& sealedPath, const FileContext& context) const
{
    Result<std::unique_ptr<Writer>> w =
        Writer::create(sealedPath, context, m_ring->current(), m_clock.now(), {});
    if (!w)
        return w.error();
    return std::unique_ptr<SealedFileWriter>(std::move(w.value()));
}

Result<std::unique_ptr<SealedFileReader>>
OpenSslFileSealer::openSealed(const QString& sealedPath, const FileContext& expected) const
{
    Result<std::unique_ptr<Reader>> r = Reader::open(*m_ring, sealedPath, expected);
    if (!r)
        return r.error();
    return std::unique_ptr<SealedFileReader>(std::move(r.value()));
}

Status OpenSslFileSealer::reseal(const KeyRing& ring, const DerivedKeys& target,
                                 const QString& path, const std::function<void()>& afterChunk)
{
    // Rotation's hot loop: chunks are decrypted and encrypted again in place, many per read and
    // write, with no copy of the plain bytes anywhere else; the chunk layout stays the same.
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return ioError(Tr::tr("打开加密文件"), path, in.errorString());
    Result<ParsedHeader> h = parseHeader(in);
    if (!h)
        return h.error();
    const DerivedKeys* source = ring.find(h->keyId);
    if (!source)
        return makeError(
            ErrorCode::Configuration,
            Tr::tr("加密文件 %1 由密钥 %2 加密，本店没有这个密钥（需要 keys restore 恢复它）")
                .arg(path, keyIdHex(h->keyId)));
    Result<SecretBytes> oldKey = fileKey(*source, h->salt);
    if (!oldKey)
        return oldKey.error();
    const QByteArray oldHeaderHash = sha256(h->bytes);
    const qsizetype chunk = qsizetype(1) << h->chunkLog2;
    const qint64 body = in.size() - h->bytes.size();
    if (body < kGcmTagBytes)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("加密文件 %1 被截断（没有最后一块）").arg(path));
    const quint64 last = quint64((body - kGcmTagBytes) / (chunk + kGcmTagBytes));
    const qint64 lastPlain = body - qint64(last) * (chunk + kGcmTagBytes) - kGcmTagBytes;

    Result<QByteArray> salt = randomBytes(kSaltBytes);
    Result<QByteArray> suffix = randomBytes(6);
    if (!salt || !suffix)
        return makeError(ErrorCode::StorageFailure, Tr::tr("系统随机数发生器不可用"));
    Result<SecretBytes> newKey = fileKey(target, *salt);
    if (!newKey)
        return newKey.error();
    const QByteArray ctx = h->context.label.toUtf8();
    QByteArray header = kMagic;
    header.append(char(kFormat)).append(char(h->chunkLog2)).append(target.id).append(*salt);
    appendU64(header, quint64(h->sealedAt.toMSecsSinceEpoch()));
    appendU16(header, quint16(ctx.size()));
    header.append(ctx);
    const QByteArray newHeaderHash = sha256(header);

    QFile out(path + kPartInfix + QString::fromLatin1(suffix->toHex()));
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(header) != header.size())
        return ioError(Tr::tr("写入加密文件"), path, out.errorString());
    const auto abandon = [&out](const Error& e) {
        out.close();
        QFile::remove(out.fileName());
        return e;
    };

    constexpr int kChunksPerIo = 16;
    const qsizetype raw = chunk + kGcmTagBytes;
    SecretBytes buf(raw * kChunksPerIo);
    GcmContext decrypt, encrypt;
    unsigned char nonce[kGcmNonceBytes];
    for (quint64 first = 0; first <= last; first += kChunksPerIo) {
        const quint64 end = qMin(last + 1, first + kChunksPerIo);
        const qsizetype bytes = qsizetype(end - first - (end == last + 1 ? 1 : 0)) * raw
                                + (end == last + 1 ? qsizetype(lastPlain) + kGcmTagBytes : 0);
        if (in.read(reinterpret_cast<char*>(buf.data()), bytes) != bytes)
            return abandon(ioError(Tr::tr("读取加密文件"), path, in.errorString()));
        for (quint64 i = first; i < end; ++i) {
            const bool final = i == last;
            const qsizetype plainLen = final ? qsizetype(lastPlain) : chunk;
            unsigned char* p = buf.data() + qsizetype(i - first) * raw;
            chunkNonce(nonce, i);
            if (!decrypt.decrypt(oldKey->data(), nonce, chunkAad(oldHeaderHash, i, final), p,
                                 plainLen, p, p + plainLen))
                return abandon(makeError(
                    ErrorCode::StorageFailure,
                    Tr::tr("加密文件 %1 无法验证：第 %2 块校验失败").arg(path).arg(i + 1)));
            if (!encrypt.encrypt(newKey->data(), nonce, chunkAad(newHeaderHash, i, final), p,
                                 plainLen, p, p + plainLen))
                return abandon(makeError(ErrorCode::StorageFailure,
                                         Tr::tr("加密失败：%1").arg(opensslError())));
            if (afterChunk)
                afterChunk();
        }
        if (out.write(reinterpret_cast<const char*>(buf.data()), bytes) != bytes)
            return abandon(ioError(Tr::tr("写入加密文件"), path, out.errorString()));
    }
    if (!out.flush() || ::fsync(out.handle()) != 0)
        return abandon(ioError(Tr::tr("写入加密文件"), path, out.errorString()));
    out.close();
    if (::rename(QFile::encodeName(out.fileName()).constData(), QFile::encodeName(path).constData())
        != 0) {
        QFile::remove(out.fileName());
        return ioError(Tr::tr("保存加密文件"), path, QString::fromLocal8Bit(strerror(errno)));
    }
    if (!syncDirectory(QFileInfo(path).absolutePath()))
        return ioError(Tr::tr("同步目录"), QFileInfo(path).absolutePath(),
                       QString::fromLocal8Bit(strerror(errno)));
    return {};
}

Result<SealedHeader> OpenSslFileSealer::readHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ioError(Tr::tr("打开加密文件"), path, f.errorString());
    Result<ParsedHeader> h = parseHeader(f);
    if (!h)
        return h.error();
    const qint64 chunk = qint64(1) << h->chunkLog2;
    const qint64 body = f.size() - h->bytes.size();
    SealedHeader out{h->keyId, h->context, h->sealedAt, 0};
    if (body >= kGcmTagBytes) {
        const qint64 last = (body - kGcmTagBytes) / (chunk + kGcmTagBytes);
        out.plainSize = last * chunk + (body - last * (chunk + kGcmTagBytes) - kGcmTagBytes);
    }
    return out;
}

bool OpenSslFileSealer::looksSealed(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(kMagic.size()) == kMagic;
}

int OpenSslFileSealer::removeAbandonedParts(const QString& dir)
{
    int n = 0;
    QDirIterator it(dir, {QStringLiteral("*") + kPartInfix + QStringLiteral("*")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (QFile::remove(it.next()))
            ++n;
    }
    return n;
}

} // namespace pos::storage::crypto

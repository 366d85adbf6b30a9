#include "storage/crypto/keybackup.h"

#include "storage/crypto/opensslfilesealer.h"
#include "storage/crypto/opensslutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>
#include <unistd.h>

namespace pos::storage::crypto {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeyBackup)
};

const QByteArray kMagic = QByteArrayLiteral("PPOSKBK1");
constexpr int kSaltBytes = 16;
constexpr int kHeaderBytes = 8 + 4 + kSaltBytes + kGcmNonceBytes;
constexpr qint64 kMaxBackupBytes = 1024 * 1024;

Result<SecretBytes> deriveKey(QByteArrayView passphrase, QByteArrayView salt, int log2N, int r,
                              int p)
{
    if (log2N < 1 || log2N > 20 || r < 1 || r > 32 || p < 1 || p > 16)
        return makeError(ErrorCode::InvalidInput, Tr::tr("密钥备份的参数不合理（文件已损坏？）"));
    const quint64 n = quint64(1) << log2N;
    const quint64 maxMem = 128ULL * quint64(r) * (n + quint64(p) + 2) + (64ULL << 20);
    SecretBytes key(kAesKeyBytes);
    if (EVP_PBE_scrypt(passphrase.data(), static_cast<size_t>(passphrase.size()),
                       reinterpret_cast<const unsigned char*>(salt.data()),
                       static_cast<size_t>(salt.size()), n, quint64(r), quint64(p), maxMem,
                       key.data(), kAesKeyBytes)
        != 1)
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法由口令派生密钥：%1").arg(opensslError()));
    return key;
}

} // namespace

Status writeKeyBackup(const QString& path, const KeyMaterial& material, QByteArrayView passphrase,
                      const BackupKdfParams& kdf, bool overwrite)
{
    if (QString::fromUtf8(passphrase).size() < kMinPassphraseChars)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("备份口令至少 %1 个字符").arg(kMinPassphraseChars));
    if (!overwrite && QFileInfo::exists(path))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 已存在：换一个文件名，或确认后加 --force 覆盖").arg(path));
    Result<QByteArray> salt = randomBytes(kSaltBytes);
    Result<QByteArray> nonce = randomBytes(kGcmNonceBytes);
    if (!salt || !nonce)
        return makeError(ErrorCode::StorageFailure, Tr::tr("系统随机数发生器不可用"));
    Result<SecretBytes> key = deriveKey(passphrase, *salt, kdf.log2N, kdf.r, kdf.p);
    if (!key)
        return key.error();
    QByteArray out = kMagic;
    out.append(char(1)).append(char(kdf.log2N)).append(char(kdf.r)).append(char(kdf.p));
    out.append(*salt).append(*nonce);
    const SecretBytes plain = material.serialize();
    out.resize(kHeaderBytes + plain.size() + kGcmTagBytes);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    GcmContext gcm;
    if (!gcm.encrypt(key->data(), o + kHeaderBytes - kGcmNonceBytes,
                     QByteArrayView(out).first(kHeaderBytes), plain.data(), plain.size(),
                     o + kHeaderBytes, o + kHeaderBytes + plain.size()))
        return makeError(ErrorCode::StorageFailure, Tr::tr("加密失败：%1").arg(opensslError()));
    const QString tmp = path + QStringLiteral(".tmp");
    QFile::remove(tmp);
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(out) != out.size() || !f.flush() || ::fsync(f.handle()) != 0) {
        const QString why = f.errorString();
        f.close();
        QFile::remove(tmp);
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1：%2").arg(path, why));
    }
    f.close();
    if (overwrite)
        QFile::remove(path);
    if (!QFile::rename(tmp, path)) {
        QFile::remove(tmp);
        return makeError(ErrorCode::StorageFailure, Tr::tr("无法写入 %1").arg(path));
    }
    (void)syncDirectory(QFileInfo(path).absolutePath());
    return {};
}

Result<KeyMaterial> readKeyBackup(const QString& path, QByteArrayView passphrase)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("无法读取密钥备份 %1：%2").arg(path, f.errorString()));
    if (f.size() > kMaxBackupBytes)
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1 不是密钥备份（太大）").arg(path));
    QByteArray in = f.readAll();
    if (in.size() < kHeaderBytes + kGcmTagBytes || !in.startsWith(kMagic) || in.at(8) != 1)
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1 不是 PharmaPOS 密钥备份").arg(path));
    const auto* b = reinterpret_cast<const unsigned char*>(in.constData());
    Result<SecretBytes> key =
        deriveKey(passphrase, QByteArrayView(in).sliced(12, kSaltBytes), b[9], b[10], b[11]);
    if (!key)
        return key.error();
    const qsizetype len = in.size() - kHeaderBytes - kGcmTagBytes;
    SecretBytes plain(len);
    GcmContext gcm;
    if (!gcm.decrypt(key->data(), b + kHeaderBytes - kGcmNonceBytes,
                     QByteArrayView(in).first(kHeaderBytes), b + kHeaderBytes, len, plain.data(),
                     b + kHeaderBytes + len))
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("口令不对，或备份文件 %1 被改动过").arg(path));
    return KeyMaterial::parse(plain.view());
}

} // namespace pos::storage::crypto

#include "app/core/ports/filesealer.h"

#include <QCoreApplication>
#include <QFile>

namespace pos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileSealer)
};

constexpr qint64 kCopyBlockBytes = 256 * 1024;

} // namespace

Status FileSealer::sealFile(const QString& plainPath, const QString& sealedPath,
                            const FileContext& context, bool removePlain) const
{
    QFile plain(plainPath);
    if (!plain.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("无法读取待加密文件 %1：%2").arg(plainPath, plain.errorString()));
    Result<std::unique_ptr<SealedFileWriter>> writer = createSealed(sealedPath, context);
    if (!writer)
        return writer.error();
    QByteArray block;
    while (!plain.atEnd()) {
        block = plain.read(kCopyBlockBytes);
        if (block.isEmpty() && plain.error() != QFileDevice::NoError)
            return makeError(ErrorCode::StorageFailure,
                             Tr::tr("读取 %1 失败：%2").arg(plainPath, plain.errorString()));
        if (Status s = (*writer)->write(block); !s)
            return s;
    }
    block.fill('\0');
    if (Status s = (*writer)->finish(); !s)
        return s;
    plain.close();
    if (removePlain && !QFile::remove(plainPath))
        return makeError(ErrorCode::StorageFailure,
                         Tr::tr("已加密，但无法删除明文文件 %1").arg(plainPath));
    return {};
}

Result<QByteArray> FileSealer::readAll(const QString& sealedPath, const FileContext& expected,
                                       qint64 maxBytes) const
{
    Result<std::unique_ptr<SealedFileReader>> reader = openSealed(sealedPath, expected);
    if (!reader)
        return reader.error();
    if ((*reader)->plainSize() > maxBytes)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("加密文件 %1 超过 %2 字节，应分块读取").arg(sealedPath).arg(maxBytes));
    QByteArray all;
    while (!(*reader)->atEnd()) {
        Result<QByteArray> chunk = (*reader)->readChunk();
        if (!chunk) {
            all.fill('\0');
            return chunk.error();
        }
        if (all.isEmpty() && (*reader)->atEnd()) {
            all = std::move(chunk).value(); // a file of one chunk: no copy
            break;
        }
        if (all.isEmpty())
            all.reserve((*reader)->plainSize());
        all.append(*chunk);
        chunk->fill('\0');
    }
    return all;
}

Status FileSealer::writeAll(const QString& sealedPath, const FileContext& context,
                            QByteArrayView plain) const
{
    Result<std::unique_ptr<SealedFileWriter>> writer = createSealed(sealedPath, context);
    if (!writer)
        return writer.error();
    if (Status s = (*writer)->write(plain); !s)
        return s;
    return (*writer)->finish();
}

} // namespace pos

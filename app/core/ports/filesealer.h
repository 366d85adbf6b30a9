#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <memory>

namespace pos {

/// What a sealed file is (and for which record). Stored in the file's header, authenticated but
/// not encrypted, so it must not itself be personal: a kind and a record reference such as
/// "face:JS-20261123-0007" or "clip:T01/20261123/093000". openSealed() with an expected context
/// refuses a file sealed for another one (a face moved under another settlement).
struct FileContext
{
    QString label;
};

/// Writes one sealed file as a stream (a video segment as the encoder produces it, a face image, a
/// signature, a slip). Nothing appears under the final name until finish() succeeded: the data
/// goes to a temporary file beside it, which finish() makes durable and renames into place, so a
/// crash leaves either the whole sealed file or none (plus an abandoned "*.part-*" temporary that
/// holds only ciphertext). Destroying a writer without finish() removes the temporary.
/// Threading: one thread at a time (not shared between threads).
class SealedFileWriter
{
public:
    virtual ~SealedFileWriter() = default;
    /// Appends plain bytes; full chunks are encrypted and written as they fill.
    [[nodiscard]] virtual Status write(QByteArrayView plain) = 0;
    /// Seals the last chunk (marked final, so truncation is detected), fsyncs and renames.
    [[nodiscard]] virtual Status finish() = 0;
};

/// Reads one sealed file chunk by chunk, authenticating each before handing it out. A changed
/// byte, a removed, repeated or reordered chunk, a cut-off end or bytes appended after the final
/// chunk all end the stream with an error (StorageFailure) — never with wrong or partial data
/// presented as the file's end. Threading: one thread at a time.
class SealedFileReader
{
public:
    virtual ~SealedFileReader() = default;
    /// The next chunk of plain bytes; an empty array once atEnd().
    [[nodiscard]] virtual Result<QByteArray> readChunk() = 0;
    /// True after the final chunk was read and authenticated.
    [[nodiscard]] virtual bool atEnd() const = 0;
    /// The plain size, known from the file's size before reading.
    [[nodiscard]] virtual qint64 plainSize() const = 0;
    /// The context the file was sealed with.
    [[nodiscard]] virtual FileContext context() const = 0;
    /// When the file was sealed (from the injected clock at sealing), authenticated.
    [[nodiscard]] virtual QDateTime sealedAt() const = 0;
};

/// The port for personal files at rest: face images, signatures, slips and video segments are kept
/// only sealed — encrypted and authenticated with the store key in chunks (AES-256-GCM; a chunk
/// counter and a final-chunk flag in each chunk's authentication) — DATA-PRIVACY, CAM-CONSENT.
///
/// Threading: implementations are safe to use from any thread; each writer/reader object belongs
/// to the thread using it. Errors are values: StorageFailure for I/O and authentication failures
/// (the message names the file and what failed, never its content), Configuration for a key the
/// store does not hold.
class FileSealer
{
public:
    virtual ~FileSealer() = default;

    /// A streaming writer for `sealedPath` (created; an existing file there is replaced only when
    /// finish() succeeds).
    [[nodiscard]] virtual Result<std::unique_ptr<SealedFileWriter>>
    createSealed(const QString& sealedPath, const FileContext& context) const = 0;
    /// Opens `sealedPath` for reading. With a non-empty `expected` label, a file sealed for another
    /// context is refused.
    [[nodiscard]] virtual Result<std::unique_ptr<SealedFileReader>>
    openSealed(const QString& sealedPath, const FileContext& expected = {}) const = 0;

    /// Seals an existing plain file (a finished video segment) into `sealedPath`, streaming. With
    /// `removePlain`, the plain file is unlinked once the sealed one is durable — the window in
    /// which a crash leaves plain data on disk is then the plain file's own lifetime.
    [[nodiscard]] Status sealFile(const QString& plainPath, const QString& sealedPath,
                                  const FileContext& context, bool removePlain) const;
    /// The whole plain content of a (small) sealed file, refusing files whose plain size exceeds
    /// `maxBytes` (faces, signatures, slips; clips are streamed with openSealed()).
    [[nodiscard]] Result<QByteArray> readAll(const QString& sealedPath, const FileContext& expected,
                                             qint64 maxBytes) const;
    /// Seals `plain` in one call (a face image or signature held in memory).
    [[nodiscard]] Status writeAll(const QString& sealedPath, const FileContext& context,
                                  QByteArrayView plain) const;
};

} // namespace pos

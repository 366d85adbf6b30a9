#pragma once

#include "app/core/ports/filesealer.h"

#include <QIODevice>

#include <memory>

namespace pos {

/// A sealed file as a read-only, sequential QIODevice, for consumers that read from a device (an
/// image reader, a media pipeline's source): each chunk is authenticated before its bytes are
/// handed out. A chunk that fails authentication makes read() return -1 with errorString() saying
/// why, so a tampered or truncated clip never plays to a seemingly normal end.
/// Threading: the thread that uses it (one at a time).
class SealedFileDevice final : public QIODevice
{
    Q_OBJECT
public:
    explicit SealedFileDevice(std::unique_ptr<SealedFileReader> reader, QObject* parent = nullptr);
    ~SealedFileDevice() override;

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool atEnd() const override;
    /// The plain size of the whole file.
    [[nodiscard]] qint64 size() const override;
    /// True once a chunk failed authentication (the device then only returns -1).
    [[nodiscard]] bool failed() const { return m_failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    std::unique_ptr<SealedFileReader> m_reader;
    QByteArray m_chunk;
    qsizetype m_offset = 0;
    bool m_failed = false;
};

} // namespace pos

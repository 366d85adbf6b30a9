#include "app/core/privacy/sealedfiledevice.h"

#include <cstring>

namespace pos {

SealedFileDevice::SealedFileDevice(std::unique_ptr<SealedFileReader> reader, QObject* parent)
    : QIODevice(parent)
    , m_reader(std::move(reader))
{
    setOpenMode(QIODevice::ReadOnly);
}

SealedFileDevice::~SealedFileDevice()
{
    m_chunk.fill('\0');
}

qint64 SealedFileDevice::bytesAvailable() const
{
    return (m_chunk.size() - m_offset) + QIODevice::bytesAvailable();
}

bool SealedFileDevice::atEnd() const
{
    return m_failed
           || (m_reader->atEnd() && m_offset >= m_chunk.size() && QIODevice::bytesAvailable() == 0);
}

qint64 SealedFileDevice::size() const
{
    return m_reader->plainSize();
}

qint64 SealedFileDevice::readData(char* data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    qint64 copied = 0;
    while (copied < maxSize) {
        if (m_offset >= m_chunk.size()) {
            if (m_reader->atEnd())
                break;
            Result<QByteArray> next = m_reader->readChunk();
            m_chunk.fill('\0');
            if (!next) {
                m_failed = true;
                setErrorString(next.error().message);
                return copied > 0 ? copied : -1;
            }
            m_chunk = std::move(next.value());
            m_offset = 0;
            continue;
        }
        const qint64 n = qMin<qint64>(maxSize - copied, m_chunk.size() - m_offset);
        std::memcpy(data + copied, m_chunk.constData() + m_offset, static_cast<size_t>(n));
        copied += n;
        m_offset += n;
    }
    if (copied == 0 && m_reader->atEnd())
        return -1; // end of the (authenticated) stream
    return copied;
}

qint64 SealedFileDevice::writeData(const char*, qint64)
{
    return -1;
}

} // namespace pos

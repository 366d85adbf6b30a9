#include "app/core/text/textencoding.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QSysInfo>

#include <iconv.h>

#include <cerrno>
#include <cstring>
#include <optional>

namespace pos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)
};

/// GB 18030 four-byte codes as one number: 0 for 81 30 81 30.
constexpr qint64 gbLinear(const quint8* b)
{
    return (b[0] - 0x81) * 12600LL + (b[1] - 0x30) * 1260LL + (b[2] - 0x81) * 10LL + (b[3] - 0x30);
}
// Four-byte codes mapped to Unicode: 81 30 81 30 – 84 31 A4 39 (the rest of the BMP) and
// 90 30 81 30 – E3 32 9A 35 (U+10000 – U+10FFFF). Everything between and after is unassigned.
constexpr qint64 kGbBmpLast = 39419;
constexpr qint64 kGbSupplementaryFirst = 189000;
constexpr qint64 kGbSupplementaryLast = kGbSupplementaryFirst + 0xFFFFF;

QString hexBytes(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

QString where(const BytePosition& p)
{
    return Tr::tr("第 %1 行第 %2 字节（文件第 %3 字节）")
        .arg(p.line)
        .arg(p.column)
        .arg(p.offset + 1);
}

const char* iconvName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Gb18030: return "GB18030";
    case TextEncoding::Utf16Le: return "UTF-16LE";
    case TextEncoding::Utf16Be: return "UTF-16BE";
    }
    return "UTF-8";
}
} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Gb18030: return Tr::tr("GB18030（GBK）");
    case TextEncoding::Utf16Le: return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16Be: return QStringLiteral("UTF-16BE");
    }
    return QString();
}

// ---- EncodingSniffer ---------------------------------------------------------------------------

void EncodingSniffer::position(BytePosition& p, qint64 offset) const
{
    if (p.offset >= 0)
        return; // only the first
    p.offset = offset;
    p.line = m_line;
    p.column = offset - m_lineStart + 1;
}

void EncodingSniffer::utf8Byte(quint8 b)
{
    const auto invalid = [this](qint64 at, const QByteArray& bytes) {
        ++m_u8Invalid;
        if (m_u8FirstError.offset < 0) {
            position(m_u8FirstError, at);
            m_u8FirstError.bytes = bytes;
        }
    };
    if (m_u8Need == 0) {
        m_u8Start = m_offset;
        if (b < 0x80)
            return;
        m_u8Low = 0x80;
        m_u8High = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            m_u8Need = 1;
        } else if (b == 0xE0) {
            m_u8Need = 2;
            m_u8Low = 0xA0; // no overlongs
        } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
            m_u8Need = 2;
        } else if (b == 0xED) {
            m_u8Need = 2;
            m_u8High = 0x9F; // no surrogates
        } else if (b == 0xF0) {
            m_u8Need = 3;
            m_u8Low = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            m_u8Need = 3;
        } else if (b == 0xF4) {
            m_u8Need = 3;
            m_u8High = 0x8F; // nothing above U+10FFFF
        } else {
            invalid(m_offset, QByteArray(1, char(b)));
            return;
        }
        m_u8Bytes = QByteArray(1, char(b));
        return;
    }
    if (b < m_u8Low || b > m_u8High) {
        invalid(m_u8Start, m_u8Bytes + char(b));
        m_u8Need = 0;
        utf8Byte(b); // the byte that broke the sequence may start the next one
        return;
    }
    m_u8Bytes += char(b);
    m_u8Low = 0x80;
    m_u8High = 0xBF;
    if (--m_u8Need == 0)
        ++m_u8Valid;
}

void EncodingSniffer::gbByte(quint8 b)
{
    const auto invalid = [this](qint64 at, const QByteArray& bytes) {
        ++m_gbInvalid;
        if (m_gbFirstError.offset < 0) {
            position(m_gbFirstError, at);
            m_gbFirstError.bytes = bytes;
        }
    };
    const QByteArray sequence(reinterpret_cast<const char*>(m_gb), m_gbHave);
    switch (m_gbHave) {
    case 0:
        m_gbStart = m_offset;
        if (b < 0x80)
            return;
        if (b == 0x80 || b == 0xFF) {
            invalid(m_offset, QByteArray(1, char(b)));
            return;
        }
        m_gb[m_gbHave++] = b;
        return;
    case 1:
        if ((b >= 0x40 && b <= 0x7E) || (b >= 0x80 && b <= 0xFE)) {
            m_gbHave = 0; // a two-byte code
            return;
        }
        if (b >= 0x30 && b <= 0x39) {
            m_gb[m_gbHave++] = b;
            return;
        }
        break;
    case 2:
        if (b >= 0x81 && b <= 0xFE) {
            m_gb[m_gbHave++] = b;
            return;
        }
        break;
    default:
        if (b >= 0x30 && b <= 0x39) {
            m_gb[3] = b;
            m_gbHave = 0;
            const qint64 linear = gbLinear(m_gb);
            if (linear > kGbBmpLast
                && (linear < kGbSupplementaryFirst || linear > kGbSupplementaryLast))
                invalid(m_gbStart, QByteArray(reinterpret_cast<const char*>(m_gb), 4));
            return;
        }
        break;
    }
    invalid(m_gbStart, sequence + char(b));
    m_gbHave = 0;
    gbByte(b);
}

void EncodingSniffer::feed(QByteArrayView chunk)
{
    for (const char c : chunk) {
        const auto b = quint8(c);
        if (m_offset < 4)
            m_head += c;
        if (b == 0 && m_firstNul.offset < 0) {
            position(m_firstNul, m_offset);
            m_firstNul.bytes = QByteArray(1, '\0');
        }
        utf8Byte(b);
        gbByte(b);
        ++m_offset;
        if (b == '\n') {
            ++m_line;
            m_lineStart = m_offset;
        }
    }
}

bool EncodingSniffer::isHopeless() const
{
    return m_firstNul.offset >= 0 && !m_head.startsWith("\xFF\xFE")
           && !m_head.startsWith("\xFE\xFF");
}

void EncodingSniffer::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_u8Need > 0) {
        ++m_u8Invalid;
        if (m_u8FirstError.offset < 0) {
            position(m_u8FirstError, m_u8Start);
            m_u8FirstError.bytes = m_u8Bytes;
        }
        m_u8Need = 0;
    }
    if (m_gbHave > 0) {
        ++m_gbInvalid;
        if (m_gbFirstError.offset < 0) {
            position(m_gbFirstError, m_gbStart);
            m_gbFirstError.bytes = QByteArray(reinterpret_cast<const char*>(m_gb), m_gbHave);
        }
        m_gbHave = 0;
    }
}

Result<EncodingSniffer::Verdict> EncodingSniffer::verdict(const QString& what,
                                                          const QString& remedy) const
{
    // "。" + what to do, when the caller says what that is.
    const QString then = remedy.isEmpty() ? QString() : QStringLiteral("。") + remedy;
    if (m_head.startsWith("\xEF\xBB\xBF")) {
        if (m_firstNul.offset >= 0)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 不是文本文件：%2是 NUL 字节").arg(what, where(m_firstNul))
                                 + then);
        if (m_u8Invalid > 0)
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("%1 标明是 UTF-8（有 BOM），但%2的字节 %3 不是 UTF-8：文件已损坏或混入了"
                       "其他编码的内容")
                        .arg(what, where(m_u8FirstError), hexBytes(m_u8FirstError.bytes))
                    + then);
        return Verdict{TextEncoding::Utf8, 3};
    }
    if (m_head.startsWith("\xFF\xFE"))
        return Verdict{TextEncoding::Utf16Le, 2};
    if (m_head.startsWith("\xFE\xFF"))
        return Verdict{TextEncoding::Utf16Be, 2};
    if (m_firstNul.offset >= 0)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 不是文本文件：%2是 NUL 字节").arg(what, where(m_firstNul))
                             + then);
    if (m_u8Invalid == 0)
        return Verdict{TextEncoding::Utf8, 0};
    // GBK text contains a well-formed UTF-8 sequence now and then by chance (药 D2 A9 is U+04A9),
    // but far fewer than ill-formed ones; damaged UTF-8 is the other way round.
    if (m_u8Valid > m_u8Invalid)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("%1 是 UTF-8 文本，但%2的字节 %3 不是 UTF-8（共 %4 处）：文件已损坏或混入了"
                   "其他编码的内容")
                    .arg(what, where(m_u8FirstError), hexBytes(m_u8FirstError.bytes))
                    .arg(m_u8Invalid)
                + then);
    if (m_gbInvalid == 0)
        return Verdict{TextEncoding::Gb18030, 0};
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("%1 既不是 UTF-8 也不是 GB18030（GBK）文本：按 GB18030 读取，%2的字节"
                            " %3 无法识别")
                             .arg(what, where(m_gbFirstError), hexBytes(m_gbFirstError.bytes))
                         + then);
}

// ---- TextDecoder -------------------------------------------------------------------------------

struct TextDecoder::Impl
{
    std::optional<QStringDecoder> qt;
    iconv_t cd = reinterpret_cast<iconv_t>(-1);
    QByteArray pending; ///< iconv: an incomplete sequence left from the last chunk
    bool error = false;

    [[nodiscard]] bool usesIconv() const { return cd != reinterpret_cast<iconv_t>(-1); }

    QString iconvDecode(QByteArrayView bytes)
    {
        pending.append(bytes.data(), bytes.size());
        // Each input byte gives at most one UTF-16 unit (a four-byte code gives two).
        QString out(pending.size(), Qt::Uninitialized);
        char* in = pending.data();
        size_t inLeft = size_t(pending.size());
        char* outPtr = reinterpret_cast<char*>(out.data());
        size_t outLeft = size_t(out.size()) * 2;
        while (inLeft > 0) {
            if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) != size_t(-1))
                break;
            if (errno == EINVAL)
                break; // an incomplete sequence: wait for the next chunk
            // EILSEQ: an unreadable byte becomes U+FFFD, as Qt's converters do.
            error = true;
            const char16_t replacement = 0xFFFD;
            if (outLeft < 2)
                break;
            std::memcpy(outPtr, &replacement, 2);
            outPtr += 2;
            outLeft -= 2;
            ++in;
            --inLeft;
        }
        out.truncate(qsizetype(size_t(out.size()) - outLeft / 2));
        pending = QByteArray(in, qsizetype(inLeft));
        return out;
    }
};

TextDecoder::TextDecoder(TextEncoding encoding, Backend backend)
    : d(std::make_unique<Impl>())
{
    if (backend == Backend::Automatic) {
        switch (encoding) {
        case TextEncoding::Utf8: d->qt.emplace(QStringConverter::Utf8); break;
        case TextEncoding::Utf16Le: d->qt.emplace(QStringConverter::Utf16LE); break;
        case TextEncoding::Utf16Be: d->qt.emplace(QStringConverter::Utf16BE); break;
        case TextEncoding::Gb18030:
            d->qt.emplace("GB18030"); // ICU
            break;
        }
        if (d->qt->isValid())
            return;
        d->qt.reset();
    }
    // The host's byte order for the output: QChar is host-endian UTF-16.
    const char* target = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? "UTF-16LE" : "UTF-16BE";
    d->cd = iconv_open(target, iconvName(encoding));
}

TextDecoder::~TextDecoder()
{
    if (d->usesIconv())
        iconv_close(d->cd);
}

bool TextDecoder::isValid() const
{
    return d->qt.has_value() || d->usesIconv();
}

QString TextDecoder::decode(QByteArrayView bytes)
{
    if (d->qt)
        return d->qt->decode(bytes);
    if (d->usesIconv())
        return d->iconvDecode(bytes);
    d->error = true;
    return QString();
}

bool TextDecoder::hasError() const
{
    return d->error || (d->qt && d->qt->hasError());
}

void TextDecoder::finish()
{
    if (d->usesIconv() && !d->pending.isEmpty()) {
        d->error = true;
        d->pending.clear();
    }
}

} // namespace pos

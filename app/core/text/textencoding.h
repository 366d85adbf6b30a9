#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace pos {

/// The encodings an imported text file (a supplier's CSV, a counted stocktake sheet) may be in.
/// Chinese Excel and WPS save "CSV (逗号分隔)" in the system's ANSI code page, GBK, which GB18030
/// contains byte for byte; "CSV UTF-8" and LibreOffice write UTF-8; Excel's "Unicode 文本" is
/// UTF-16LE with a BOM.
enum class TextEncoding
{
    Utf8 = 1,
    Gb18030,
    Utf16Le,
    Utf16Be
};

/// The name shown to users: "UTF-8", "GB18030（GBK）", "UTF-16LE", "UTF-16BE".
[[nodiscard]] QString encodingName(TextEncoding encoding);

/// Where a byte sits in a file: its offset from the start (0-based), its line (1-based, counted
/// by LF) and its byte column within that line (1-based), and the bytes found there.
struct BytePosition
{
    qint64 offset = -1;
    qint64 line = 0;
    qint64 column = 0;
    QByteArray bytes; ///< up to 4 bytes from `offset`, for the message
};

/// Reads a file's bytes once, in chunks of any size, and decides how to decode them:
///   - a byte order mark decides (EF BB BF: UTF-8, FF FE: UTF-16LE, FE FF: UTF-16BE);
///   - else a NUL byte means it is not text;
///   - else UTF-8 when every byte sequence is well-formed UTF-8 (RFC 3629, no overlongs or
///     surrogates); a file that is mostly well-formed UTF-8 with a few bad sequences is damaged
///     UTF-8, not GB18030 (UTF-8 Chinese often happens to be well-formed GB18030 too);
///   - else GB18030 when every sequence is well-formed GB18030 (GB 18030-2005: one, two or four
///     bytes, four-byte codes within the ranges mapped to Unicode), which covers GBK and GB2312;
///   - else the first unreadable byte is named.
/// Holds O(1) state whatever the file's size. Not thread-safe; one file per sniffer.
class EncodingSniffer
{
public:
    void feed(QByteArrayView chunk);
    /// Ends the input (a multi-byte sequence cut off by the end of file is unreadable).
    void finish();

    [[nodiscard]] qint64 bytesSeen() const { return m_offset; }
    /// A NUL byte in a file without a UTF-16 byte order mark: not text, whatever follows, so a
    /// reader may stop here (an endless /dev/zero is refused at its first chunk).
    [[nodiscard]] bool isHopeless() const;
    /// The encoding to decode with (and how many BOM bytes to skip), or an error naming `what`
    /// (e.g. "到货单 note.csv"), the encoding tried and the first unreadable byte's position,
    /// followed by `remedy` (what the user should do: "请另存为 UTF-8…").
    struct Verdict
    {
        TextEncoding encoding = TextEncoding::Utf8;
        int bomBytes = 0;
    };
    [[nodiscard]] Result<Verdict> verdict(const QString& what, const QString& remedy = {}) const;

private:
    void utf8Byte(quint8 b);
    void gbByte(quint8 b);
    void position(BytePosition& p, qint64 offset) const;

    qint64 m_offset = 0;
    qint64 m_line = 1;
    qint64 m_lineStart = 0;
    QByteArray m_head; ///< the first 4 bytes: a byte order mark
    bool m_finished = false;

    BytePosition m_firstNul;

    // UTF-8: bytes still expected in the current sequence, the bounds of the next one, and where
    // the sequence started.
    int m_u8Need = 0;
    quint8 m_u8Low = 0x80, m_u8High = 0xBF;
    qint64 m_u8Start = 0;
    QByteArray m_u8Bytes;   ///< the sequence in progress, for the message
    qint64 m_u8Valid = 0;   ///< well-formed multi-byte sequences
    qint64 m_u8Invalid = 0; ///< ill-formed sequences
    BytePosition m_u8FirstError;

    // GB18030: the bytes of the sequence in progress.
    quint8 m_gb[4] = {};
    int m_gbHave = 0;
    qint64 m_gbStart = 0;
    qint64 m_gbInvalid = 0;
    BytePosition m_gbFirstError;
};

/// A stateful decoder for one file: feed chunks in order, a sequence may be split between them.
/// GB18030 goes through Qt's ICU converter (Debian's Qt 6.4 is built with ICU) and, should Qt
/// lack it, through glibc's iconv (its gconv module ships in libc6); UTF-8 and UTF-16 through
/// Qt's own converters.
class TextDecoder
{
public:
    enum class Backend
    {
        Automatic = 1, ///< Qt's converter, iconv when Qt has none for the encoding
        Iconv          ///< iconv even where Qt could (tests compare the two)
    };
    explicit TextDecoder(TextEncoding encoding, Backend backend = Backend::Automatic);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    /// False when neither Qt nor iconv can decode this encoding on this machine.
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString decode(QByteArrayView bytes);
    /// Bytes that could not be decoded so far (replaced by U+FFFD), incomplete sequences at the
    /// end included once finish() was called.
    [[nodiscard]] bool hasError() const;
    void finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pos

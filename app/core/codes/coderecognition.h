#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pos::codes {

/// Which family a scanned payload belongs to. No value 0: an unset family is never "valid".
enum class CodeFamily
{
    Unknown = 1,       ///< nothing matched: Recognition::reason says why
    Ean13,             ///< EAN-13 / GTIN-13 (check digit verified)
    Ean8,              ///< EAN-8 (check digit verified)
    UpcA,              ///< UPC-A, 12 digits (check digit verified)
    Gtin14,            ///< GTIN-14 that is not a 药品本位码
    DrugStandardCode,  ///< 药品本位码: 14 digits starting 86, GS1 mod-10 check
    TraceCode,         ///< 20-digit 药品追溯码 (码上放心)
    Gs1,               ///< GS1 element string (AIs), from ]d2/]C1/]Q3/]e0, bracketed form or FNC1
    MaCode,            ///< ISO/IEC 15459 issuer MA: "MA.156.…"
    InsuranceVoucher,  ///< 医保电子凭证 QR payload, kept as an opaque token
    EPrescription,     ///< e-prescription QR payload, kept as an opaque token
    InsuranceDrugCode, ///< 医保药品编码 ^[XZ][A-Z0-9]{22}$
    Internal,          ///< a code this application printed itself (one-time print codes, sale refs)
};

/// One GS1 Application Identifier field as found in the payload.
struct Gs1Element
{
    QString ai;    ///< "01", "17", "10", …
    QString title; ///< GS1 data title, e.g. "GTIN", "BATCH/LOT", "USE BY OR EXPIRY"
    QString value; ///< the field's characters exactly as scanned
};

/// What recognise() found in one payload. `accepted` is false for a rejection; `reason` then names
/// the problem in the user's language (e.g. "EAN-13 校验位错误：应为 3，扫到 5").
/// A rejection keeps the family when the payload's structure identified it (a GS1 string with a
/// bad date, an MA code without its product segment); a payload that only resembles a family
/// (13 digits whose check digit fails, 19 digits) is Unknown.
struct Recognition
{
    CodeFamily family = CodeFamily::Unknown;
    bool accepted = false;
    QString reason;       ///< why it was rejected (empty when accepted)
    QStringList warnings; ///< accepted but worth saying (trace code not starting with 8, ambiguous
                          ///< GS1 end…)
    QByteArray raw;       ///< the payload exactly as scanned (never normalised)
    QString symbologyId;  ///< AIM identifier as delivered or as found at the start of the payload
    QString gtin;         ///< 14-digit GTIN when the code carries one (EAN-13 is zero-padded)
    QString traceCode;    ///< the 20 digits of a trace code
    QString tracePrefix;  ///< its first 7 digits: product + pack level (learnable → product)
    QString batch;        ///< AI 10 / MA .L
    QString serial;       ///< AI 21 / MA .S
    QDate expiry;         ///< AI 17 (day 00 → last day of month) / MA .E/.V
    QDate production;     ///< AI 11 / MA .M
    QList<Gs1Element> elements; ///< all GS1 fields in order
    QString token; ///< the payload's text, whole, for vouchers / e-prescriptions / internal codes
    QString drugStandardCode;  ///< the 14 digits of a 药品本位码
    QString insuranceDrugCode; ///< the 23 characters of a 医保药品编码
};

/// What a store's opaque QR tokens look like. The content of the 医保电子凭证 and e-prescription QR
/// codes is not published (the NHSA SDK reads the voucher QR itself; the e-prescription's
/// 处方追溯码 is only known as "up to 20 characters"), so each store configures what its scanners
/// deliver. A payload matches when it starts with `prefix` (case-sensitive; empty: any start) and
/// its length in characters lies in [minLength, maxLength]. Built-in families are tried first.
struct TokenShape
{
    QString prefix;
    int minLength = 1;
    int maxLength = 4096;
};

/// Store settings that change how payloads are read.
struct RecognitionOptions
{
    /// Characters a keyboard-wedge scanner is configured to send instead of GS (0x1D), e.g. "~" or
    /// "<GS>". Empty: none configured.
    QByteArray gsSubstitute;
    /// Prefixes of codes this application prints itself (e.g. "PPOS-"), recognised as Internal.
    QStringList internalPrefixes = {QStringLiteral("PPOS")};
    /// 医保电子凭证 QR payloads (none by default: see TokenShape).
    QList<TokenShape> voucherShapes;
    /// E-prescription QR payloads (none by default: see TokenShape).
    QList<TokenShape> prescriptionShapes;
};

/// Recognises one payload. Pure, thread-safe, no allocation beyond the result's fields.
/// `symbologyId` is what the device reported ("" when it reports none); an AIM prefix at the start
/// of the payload itself is recognised and stripped from the fields (never from `raw`).
[[nodiscard]] Recognition recognise(const QByteArray& payload, const QString& symbologyId = {},
                                    const RecognitionOptions& options = {});

/// Stable English identifier of a family ("ean13", "trace_code", "gs1", …) for JSON and logs.
[[nodiscard]] QString familyId(CodeFamily family);
/// The family's name for people, translated ("药品追溯码", "EAN-13 商品条码", …).
[[nodiscard]] QString familyDisplayName(CodeFamily family);

/// The recognition as JSON (what `pharmapos codes inspect` prints): raw as text and hex,
/// symbology, family, accepted, reason, warnings, and every field found.
[[nodiscard]] QJsonObject toJson(const Recognition& r);
/// The payload as a scanner engineer reads it: control characters by name ("A<GS>10…<CR>").
[[nodiscard]] QString readableRaw(const QByteArray& raw);

/// GS1 mod-10 check digit for the digits given (without their check digit); -1 if not all digits.
[[nodiscard]] int gs1CheckDigit(QStringView digitsWithoutCheck);

} // namespace pos::codes

Q_DECLARE_METATYPE(pos::codes::Recognition)

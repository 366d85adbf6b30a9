#pragma once

#include <QString>

namespace pos {

/// DATA-PRIVACY: how personal data appears anywhere but its encrypted home (logs, the audit trail,
/// screens that do not need it whole).
/// "110105199001011234" → "110***********1234" (the form: the province's first 3 digits and
/// the last 4 stay, birth date and county go); shorter numbers keep at most the last 4.
[[nodiscard]] QString maskIdNumber(const QString& id);
/// "张三丰" → "张**"; "Li Lei" → "L*****".
[[nodiscard]] QString maskName(const QString& name);
/// "13812345678" → "138****5678"; a landline "0791-86000000" → "0791-****0000"; shorter: last 2.
[[nodiscard]] QString maskPhone(const QString& phone);
/// Social-security / bank card numbers: only the last 4 ("************5678").
[[nodiscard]] QString maskCardNumber(const QString& number);
/// 医保电子凭证 tokens and other bearer secrets: nothing of the value, only that there is one
/// and its last 4 characters ("…3f9a"), so a cashier can tell two apart.
[[nodiscard]] QString maskToken(const QString& token);

/// The kinds of personal data the store keeps (PIPL: ID numbers and medical data are sensitive).
/// Each kind has its own mask, its own normalisation for keyed lookups, and its own hash domain,
/// so an ID number and a phone number with the same digits never share a lookup hash.
enum class PersonalKind
{
    IdNumber = 1,          ///< 居民身份证号 (18 or 15 characters)
    PersonName,            ///< a patient's or buyer's name
    Phone,                 ///< a customer's phone number
    InsurancePersonNumber, ///< psn_no, the insured person's number on the platform
    CardNumber,            ///< social-security card number (card_sn) or a bank card
    EVoucherToken,         ///< 医保电子凭证 ecToken: a bearer credential
};

/// Stable English key ("id_number", "person_name"…): the lookup hash's domain label, config keys.
[[nodiscard]] QString personalKindKey(PersonalKind kind);
/// The kind's name for people ("身份证号", "姓名"…), translated.
[[nodiscard]] QString toDisplayString(PersonalKind kind);
/// The masked form of `value` as `kind` is masked everywhere.
[[nodiscard]] QString maskPersonal(PersonalKind kind, const QString& value);
/// The canonical form keyed lookup hashes are computed over, so the same person is found however
/// the value was typed: ID and insurance numbers without spaces and upper-cased (a typed "x" check
/// character is "X"); names NFKC with whitespace runs collapsed to one space; phone numbers as
/// digits only, without a leading +86/0086; card numbers without spaces and dashes, upper-cased;
/// tokens trimmed. An empty result means "nothing to look up by".
[[nodiscard]] QString normalizeForLookup(PersonalKind kind, const QString& value);

} // namespace pos

#pragma once

#include "app/core/result.h"
#include "app/core/rx/prescription.h"
#include "app/core/sale.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

/// The prescription rules (REQUIREMENTS.md, "Prescriptions") as pure functions: no port, no
/// clock, no state. Each returns OK or the refusal with its rule ID and a Chinese message that
/// names the facts (times, drugs, quantities). Thread-safe.
namespace pos::rx {

/// RX-VALID-3D: an e-prescription is valid for 3 days at most, whatever valid_days says.
inline constexpr int kMaxValidDays = 3;
/// RX-LONG-12W: more than 4 weeks needs the pharmacist's confirmation, more than 12 is refused.
inline constexpr int kLongTermConfirmDays = 4 * 7;
inline constexpr int kLongTermMaxDays = 12 * 7;
/// CTRL-EPHEDRINE: minimum packages of 含麻黄碱类复方制剂 per sale without a prescription.
inline constexpr int kEphedrineMaxPacks = 2;

/// The store's product for a prescription line's 医保药品编码; nullopt when unknown.
using ProductLookup = std::function<std::optional<Product>(const QString& insuranceCode)>;
/// Where a prescription number was settled before, here or as the platform reported; nullopt
/// when never.
using SettledLookup = std::function<std::optional<SettledPrescription>(const QString& rxNo)>;

/// The last moment the prescription is valid: issue time + min(valid_days, 3) days (a missing or
/// non-positive valid_days counts as 3).
[[nodiscard]] QDateTime validUntil(const Prescription& rx);

/// RX-VALID-3D. The end is inclusive: at exactly issue + 3 days the prescription is still valid,
/// one millisecond later it is not (valid_end_time is the platform's "有效截止时间", the last valid
/// moment). A prescription the platform marked expired, revoked or voided is refused whatever the
/// time.
[[nodiscard]] Status checkValidity(const Prescription& rx, const QDateTime& now);

/// RX-SINGLE: a prescription number settled before (here, or reported by the platform) is refused.
[[nodiscard]] Status checkSingle(const Prescription& rx, const SettledLookup& settled);

/// RX-NO-MIX: the insured settlement holds only the prescription's drugs; every other line is
/// named and goes on a separate sale. Lines are matched by 医保药品编码.
[[nodiscard]] Status checkNoMix(const Prescription& rx, const QList<SaleLine>& settlementLines);

/// RX-TCM-SEPARATE: 中药饮片 never share a prescription with 西药 / 中成药 (西药 and 中成药 may).
/// A line's type is its product's (lookup), else its code's family (X 西药, Z 中成药), else the
/// prescription's declared item type, which counts as present too.
[[nodiscard]] Status checkTcmSeparate(const Prescription& rx, const ProductLookup& lookup);

/// True when the prescription covers more than 4 weeks (RX-LONG-12W needs the pharmacist).
[[nodiscard]] bool needsLongTermConfirmation(const Prescription& rx);
/// RX-LONG-12W on Prescription::effectiveDays(): ≤ 4 weeks passes; > 4 weeks passes only with the
/// pharmacist's explicit confirmation; > 12 weeks is refused even with it.
[[nodiscard]] Status checkLongTerm(const Prescription& rx, bool pharmacistConfirmed);

/// RX-NO-PEDIATRIC-EMP: an employee (职工) pooled-fund prescription with a pediatric-specialty drug
/// (Product::pediatric) is refused, the drugs named. Lines the lookup does not know are not
/// judged here (RX-MATCH refuses a settlement that lacks them).
[[nodiscard]] Status checkNoPediatricForEmployee(const Prescription& rx,
                                                 const ProductLookup& lookup);

/// RX-MATCH: the drugs and quantities sold equal the prescription's; every missing drug, extra
/// drug and quantity difference is named. Quantities compare in pieces, so a line sold split
/// (拆零) counts for what it holds.
[[nodiscard]] Status checkMatch(const Prescription& rx, const QList<SaleLine>& settlementLines);

/// A lookup over the products on sale lines, by 医保药品编码.
[[nodiscard]] ProductLookup lookupIn(const QList<SaleLine>& lines);

/// RX-ONLY (《处方药与非处方药分类管理办法》 art. 8, GSP): a prescription-only product is paid for
/// — in cash or insured — only in a sale whose prescription the on-duty pharmacist approved for
/// exactly this cart. `approval` is the gate's answer for this sale (OK, or why not); the refusal
/// names every prescription-only line, why the sale's prescription does not cover them, and what
/// to do. A cart without prescription-only lines passes whatever `approval` says.
[[nodiscard]] Status checkPrescriptionOnly(const Cart& cart, const Status& approval);

/// CTRL-EPHEDRINE (含麻黄碱类复方制剂). Not from the Jiangxi notice: from the national rules on
/// compound preparations containing ephedrine (国食药监办〔2012〕260号《关于加强含麻黄碱类复方制剂
/// 管理有关事宜的通知》): without a prescription at most 2 minimum packages per sale, and the buyer's
/// ID card checked and registered. A split line counts as a started package.
[[nodiscard]] Status checkEphedrine(const Cart& cart, const QString& buyerIdNumber);
/// Minimum packages of ephedrine products in the cart (split lines rounded up per product).
[[nodiscard]] int ephedrinePacks(const Cart& cart);

/// An 18-character resident ID number (GB 11643) with a correct check character.
[[nodiscard]] bool isValidResidentId(const QString& id);
/// The GB 11643 check character the first 17 characters of `id` give; none when they are not 17
/// ASCII digits.
[[nodiscard]] std::optional<QChar> residentIdCheckCharacter(const QString& id);

} // namespace pos::rx

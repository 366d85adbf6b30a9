#include "app/core/rx/rxrules.h"

#include "app/core/staff/privacy.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace pos::rx {

namespace {
/// Translation context "RxRules" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RxRules)
};

const QString kMinuteFormat = QStringLiteral("yyyy-MM-dd HH:mm");

Status refuse(const char* ruleId, QString message)
{
    return makeError(ErrorCode::RuleViolation, std::move(message), QString::fromLatin1(ruleId));
}

/// The key a line is matched by: its 医保药品编码, or the product itself when it has none.
QString keyOf(const Product& p)
{
    return p.insuranceCode.isEmpty() ? QStringLiteral("#%1").arg(p.id) : p.insuranceCode;
}

QString lineName(const RxDrugLine& l)
{
    return l.spec.isEmpty() ? l.name : l.name + u' ' + l.spec;
}

/// "2盒", or "25粒" when the pieces are not whole packs.
QString amountText(const Product& p, qint64 pieces)
{
    const qint64 perBox = qMax<qint64>(1, p.piecesPerBox());
    if (pieces % perBox == 0)
        return QString::number(pieces / perBox) + p.unit;
    return QString::number(pieces) + p.pieceUnit();
}

/// The cart's lines summed per key, in the order first seen.
struct CartItem
{
    Product product;
    qint64 pieces = 0;
};
QList<std::pair<QString, CartItem>> sumByKey(const QList<SaleLine>& lines)
{
    QList<std::pair<QString, CartItem>> out;
    for (const SaleLine& l : lines) {
        const QString key = keyOf(l.product);
        auto it =
            std::find_if(out.begin(), out.end(), [&](const auto& e) { return e.first == key; });
        if (it == out.end())
            out.append({key, CartItem{l.product, l.pieces()}});
        else
            it->second.pieces += l.pieces();
    }
    return out;
}

QHash<QString, int> rxQuantities(const Prescription& rx)
{
    QHash<QString, int> q;
    for (const RxDrugLine& l : rx.lines)
        q[l.insuranceCode] += l.quantity;
    return q;
}

DrugType lineType(const RxDrugLine& l, const Prescription& rx, const ProductLookup& lookup)
{
    if (lookup)
        if (const std::optional<Product> p = lookup(l.insuranceCode))
            return p->drugType;
    if (l.insuranceCode.startsWith(u'X'))
        return DrugType::Western;
    if (l.insuranceCode.startsWith(u'Z'))
        return DrugType::ChinesePatent;
    return drugTypeOf(rx.itemType);
}
} // namespace

QDateTime validUntil(const Prescription& rx)
{
    const int days = rx.validDays > 0 ? qMin(rx.validDays, kMaxValidDays) : kMaxValidDays;
    return rx.issueTime.addDays(days);
}

Status checkValidity(const Prescription& rx, const QDateTime& now)
{
    if (rx.status != RxStatus::Valid)
        return refuse("RX-VALID-3D",
                      Tr::tr("处方状态为“%1”，不能取药结算（开具于 %2）")
                          .arg(toDisplayString(rx.status), rx.issueTime.toString(kMinuteFormat)));
    if (!rx.issueTime.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("处方 %1 没有开具时间").arg(rx.rxNo),
                         QStringLiteral("RX-VALID-3D"));
    const QDateTime end = validUntil(rx);
    if (now > end)
        return refuse("RX-VALID-3D",
                      Tr::tr("处方已超过%1天有效期（开具于 %2，已于 %3 失效）")
                          .arg(rx.issueTime.daysTo(end))
                          .arg(rx.issueTime.toString(kMinuteFormat), end.toString(kMinuteFormat)));
    if (now < rx.issueTime)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("处方开具时间 %1 晚于当前时间 %2，请核对处方或本机时间")
                .arg(rx.issueTime.toString(kMinuteFormat), now.toString(kMinuteFormat)),
            QStringLiteral("RX-VALID-3D"));
    return {};
}

Status checkSingle(const Prescription& rx, const SettledLookup& settled)
{
    const std::optional<SettledPrescription> before = settled ? settled(rx.rxNo) : std::nullopt;
    if (!before)
        return {};
    const QString where = before->where == SettledPrescription::Where::Here
                              ? Tr::tr("已在本店结算")
                              : Tr::tr("医保平台显示已结算");
    return refuse("RX-SINGLE", Tr::tr("处方 %1 %2（%3，单号 %4），每张处方只能结算一次")
                                   .arg(rx.rxNo, where, before->settledAt.toString(kMinuteFormat),
                                        before->reference));
}

Status checkNoMix(const Prescription& rx, const QList<SaleLine>& settlementLines)
{
    const QHash<QString, int> onRx = rxQuantities(rx);
    QStringList extra;
    for (const auto& [key, item] : sumByKey(settlementLines))
        if (!onRx.contains(key))
            extra << item.product.displayName();
    if (extra.isEmpty())
        return {};
    return refuse("RX-NO-MIX",
                  Tr::tr("医保结算只能包含处方上的药品，以下药品不在处方 %1 上，请另开一单：%2")
                      .arg(rx.rxNo, extra.join(QStringLiteral("、"))));
}

Status checkTcmSeparate(const Prescription& rx, const ProductLookup& lookup)
{
    QStringList herbal;
    QStringList other;
    for (const RxDrugLine& l : rx.lines)
        (lineType(l, rx, lookup) == DrugType::HerbalPieces ? herbal : other) << l.name;
    const bool declaredHerbal = rx.itemType == RxItemType::HerbalPieces;
    if ((herbal.isEmpty() && !declaredHerbal) || (other.isEmpty() && declaredHerbal))
        return {};
    const QString none = Tr::tr("（无）");
    return refuse(
        "RX-TCM-SEPARATE",
        Tr::tr(
            "中药饮片与西药、中成药必须分开开具处方：处方 %1 类别为%2，中药饮片：%3；西药/中成药：%4")
            .arg(rx.rxNo, toDisplayString(rx.itemType),
                 herbal.isEmpty() ? none : herbal.join(QStringLiteral("、")),
                 other.isEmpty() ? none : other.join(QStringLiteral("、"))));
}

bool needsLongTermConfirmation(const Prescription& rx)
{
    return rx.effectiveDays() > kLongTermConfirmDays;
}

Status checkLongTerm(const Prescription& rx, bool pharmacistConfirmed)
{
    const int days = rx.effectiveDays();
    const QString span = Tr::tr("%1 天（约 %2 周）").arg(days).arg((days + 6) / 7);
    if (days > kLongTermMaxDays)
        return refuse("RX-LONG-12W",
                      Tr::tr("处方用药 %1，超过长期处方最长 12 周的限制，不能调配").arg(span));
    if (days > kLongTermConfirmDays && !pharmacistConfirmed)
        return refuse(
            "RX-LONG-12W",
            Tr::tr("处方用药 %1，超过 4 周，须执业药师审核时明确确认后方可调配").arg(span));
    return {};
}

Status checkNoPediatricForEmployee(const Prescription& rx, const ProductLookup& lookup)
{
    if (rx.patient.insuranceType != InsuranceType::Employee
        || rx.attribute != RxAttribute::PooledFund || !lookup)
        return {};
    QStringList pediatric;
    for (const RxDrugLine& l : rx.lines)
        if (const std::optional<Product> p = lookup(l.insuranceCode); p && p->pediatric)
            pediatric << p->displayName();
    if (pediatric.isEmpty())
        return {};
    return refuse("RX-NO-PEDIATRIC-EMP", Tr::tr("职工门诊统筹处方不得开具儿童专科用药：%1")
                                             .arg(pediatric.join(QStringLiteral("、"))));
}

Status checkMatch(const Prescription& rx, const QList<SaleLine>& settlementLines)
{
    const QList<std::pair<QString, CartItem>> sold = sumByKey(settlementLines);
    auto soldItem = [&](const QString& key) -> const CartItem* {
        for (const auto& e : sold)
            if (e.first == key)
                return &e.second;
        return nullptr;
    };
    const QHash<QString, int> onRx = rxQuantities(rx);
    QStringList diffs;
    QStringList seen;
    for (const RxDrugLine& l : rx.lines) {
        if (seen.contains(l.insuranceCode))
            continue;
        seen << l.insuranceCode;
        const int packs = onRx.value(l.insuranceCode);
        const CartItem* item = soldItem(l.insuranceCode);
        if (!item) {
            diffs << Tr::tr("缺少 %1（处方 %2%3）").arg(lineName(l)).arg(packs).arg(l.unit);
            continue;
        }
        const qint64 wanted = qint64(packs) * qMax<qint64>(1, item->product.piecesPerBox());
        if (item->pieces != wanted)
            diffs << Tr::tr("%1 数量不符（处方 %2，实际 %3）")
                         .arg(lineName(l), amountText(item->product, wanted),
                              amountText(item->product, item->pieces));
    }
    for (const auto& [key, item] : sold)
        if (!onRx.contains(key))
            diffs << Tr::tr("处方外药品 %1（%2）")
                         .arg(item.product.displayName(), amountText(item.product, item.pieces));
    if (diffs.isEmpty())
        return {};
    return refuse("RX-MATCH", Tr::tr("购药与处方 %1 不一致，不能收款：%2")
                                  .arg(rx.rxNo, diffs.join(QStringLiteral("；"))));
}

ProductLookup lookupIn(const QList<SaleLine>& lines)
{
    return [lines](const QString& code) -> std::optional<Product> {
        for (const SaleLine& l : lines)
            if (!code.isEmpty() && l.product.insuranceCode == code)
                return l.product;
        return std::nullopt;
    };
}

int ephedrinePacks(const Cart& cart)
{
    int packs = 0;
    for (const auto& [key, item] : sumByKey(cart.lines()))
        if (item.product.ephedrine) {
            const qint64 perBox = qMax<qint64>(1, item.product.piecesPerBox());
            packs += int((item.pieces + perBox - 1) / perBox);
        }
    return packs;
}

Status checkPrescriptionOnly(const Cart& cart, const Status& approval)
{
    const QList<qsizetype> rxLines = cart.prescriptionOnlyLines();
    if (rxLines.isEmpty() || approval)
        return {};
    QStringList names;
    for (const qsizetype i : rxLines)
        names << Tr::tr("第 %1 行 %2").arg(i + 1).arg(cart.lines().at(i).product.displayName());
    return refuse("RX-ONLY",
                  Tr::tr("%1 是处方药，须凭执业药师审核通过的处方销售（%2）：请先关联处方（F7）")
                      .arg(names.join(QStringLiteral("、")), approval.error().message));
}

Status checkEphedrine(const Cart& cart, const QString& buyerIdNumber)
{
    QStringList names;
    for (const SaleLine& l : cart.lines())
        if (l.product.ephedrine && !names.contains(l.product.displayName()))
            names << l.product.displayName();
    if (names.isEmpty())
        return {};
    const int packs = ephedrinePacks(cart);
    if (packs > kEphedrineMaxPacks)
        return refuse("CTRL-EPHEDRINE",
                      Tr::tr("含麻黄碱类复方制剂每次最多销售 %1 个最小包装，本单 %2 个：%3")
                          .arg(kEphedrineMaxPacks)
                          .arg(packs)
                          .arg(names.join(QStringLiteral("、"))));
    const QString id = buyerIdNumber.trimmed();
    if (id.isEmpty())
        return refuse("CTRL-EPHEDRINE",
                      Tr::tr("销售含麻黄碱类复方制剂（%1）须查验并登记购买人身份证号")
                          .arg(names.join(QStringLiteral("、"))));
    if (!isValidResidentId(id))
        return refuse("CTRL-EPHEDRINE",
                      Tr::tr("购买人身份证号 %1 不正确（应为18位，校验位正确），请重新登记")
                          .arg(maskIdNumber(id)));
    return {};
}

std::optional<QChar> residentIdCheckCharacter(const QString& id)
{
    // GB 11643-1999: 17 digits weighted 2^(17-i) mod 11, the check character from "10X98765432".
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kCheck[] = "10X98765432";
    if (id.size() < 17)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!id[i].isDigit() || id[i].unicode() > u'9')
            return std::nullopt;
        sum += (id[i].unicode() - u'0') * kWeights[i];
    }
    return QLatin1Char(kCheck[sum % 11]);
}

bool isValidResidentId(const QString& id)
{
    if (id.size() != 18)
        return false;
    const std::optional<QChar> check = residentIdCheckCharacter(id);
    return check && id[17].toUpper() == *check;
}

} // namespace pos::rx

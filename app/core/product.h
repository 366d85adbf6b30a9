#pragma once

#include "app/core/money.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace pos {

/// 处方药 / 甲类OTC / 乙类OTC.
enum class RxClass
{
    Prescription = 1,
    OtcA,
    OtcB
};
/// 西药 / 中成药 / 中药饮片: decides RX-TCM-SEPARATE and the platform's item type.
enum class DrugType
{
    Western = 1,
    ChinesePatent,
    HerbalPieces
};
/// 国谈 / 集采 / 挂网 / 非医保: decides PRICE-CEILING and SETTLE-LIST-ONLY.
enum class InsuranceCategory
{
    Negotiated = 1,
    VolumeProcurement,
    Listed,
    NotCovered
};

/// A product as the pharmacy's master record holds it. Prices are per whole pack (盒/瓶…).
struct Product
{
    qint64 id = 0;         ///< storage key; 0 until stored
    QString code;          ///< the store's own product code
    QString genericName;   ///< 通用名
    QString tradeName;     ///< 商品名, may be empty
    QString dosageForm;    ///< 剂型
    QString spec;          ///< 规格
    QString manufacturer;  ///< 生产厂商 (中药饮片: 产地)
    QString approvalNo;    ///< 批准文号
    QString insuranceCode; ///< 医保药品编码, empty when not covered
    InsuranceCategory category = InsuranceCategory::NotCovered;
    QString gtin;        ///< EAN-13 on the box
    QString drugStdCode; ///< 药品本位码 (14 digits, 86…)
    RxClass rxClass = RxClass::OtcB;
    DrugType drugType = DrugType::Western;
    QString unit;           ///< the pack's unit: 盒, 瓶, 支…
    int stripsPerBox = 1;   ///< 拆零 hierarchy: box → strip
    int piecesPerStrip = 1; ///< strip → piece
    Money price;            ///< retail price per pack
    Money stripPrice;       ///< 拆零 price per strip; zero: not sold by the strip
    Money piecePrice;       ///< 拆零 price per piece; zero: not sold by the piece
    Money ceiling;          ///< price ceiling per pack; zero when none applies
    bool pediatric = false; ///< 儿童专科用药
    bool ephedrine = false; ///< 含麻黄碱类复方制剂
    QString storage;        ///< 常温 / 阴凉 / 冷藏
    QString tracePrefix;    ///< first 7 digits of its boxes' 20-digit traceability codes
    QString pinyin;         ///< 拼音简码 of the generic name

    [[nodiscard]] qint64 piecesPerBox() const { return qint64(stripsPerBox) * piecesPerStrip; }
    /// The smallest unit's name from the spec ("0.25g*24粒" → 粒), else 片.
    [[nodiscard]] QString pieceUnit() const;

    /// "通用名(商品名)" as a receipt or a cart line names it.
    [[nodiscard]] QString displayName() const
    {
        return tradeName.isEmpty() ? genericName : genericName + u'(' + tradeName + u')';
    }
};

[[nodiscard]] QString toDisplayString(RxClass c);
/// "rx", "otc_a", "otc_b", or the Chinese names 处方药 / 甲类OTC (甲类非处方药) / 乙类OTC
/// (乙类非处方药) as delivery notes and scripts write them; nullopt for anything else.
[[nodiscard]] std::optional<RxClass> rxClassFromKey(const QString& key);
[[nodiscard]] QString toDisplayString(DrugType t);
[[nodiscard]] QString toDisplayString(InsuranceCategory c);

} // namespace pos

Q_DECLARE_METATYPE(pos::Product)

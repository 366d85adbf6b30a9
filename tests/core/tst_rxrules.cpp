#include "app/core/rx/rxrules.h"
#include "tests/core/rxtestdata.h"

#include <QJsonDocument>
#include <QTest>

using namespace pos;
using namespace pos::rxtest;

Q_DECLARE_METATYPE(pos::SaleLine)
Q_DECLARE_METATYPE(pos::RxDrugLine)
Q_DECLARE_METATYPE(pos::RxStatus)
Q_DECLARE_METATYPE(pos::RxItemType)
Q_DECLARE_METATYPE(pos::InsuranceType)
Q_DECLARE_METATYPE(pos::RxAttribute)

namespace {
/// Checks a rule's outcome: OK, or refused by `ruleId` with every fragment in the message.
void verifyOutcome(const Status& s, const QString& ruleId, const QStringList& fragments)
{
    if (ruleId.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().userText()));
        return;
    }
    QVERIFY(!s.ok());
    QCOMPARE(s.error().ruleId, ruleId);
    QVERIFY(s.error().userText().startsWith(ruleId + QStringLiteral(": ")));
    for (const QString& f : fragments)
        QVERIFY2(s.error().message.contains(f), qPrintable(s.error().message + u" ∌ " + f));
}

Prescription withLines(QList<RxDrugLine> lines, RxItemType type = RxItemType::Western)
{
    Prescription rx = prescription();
    rx.lines = std::move(lines);
    rx.itemType = type;
    return rx;
}

rx::ProductLookup catalogLookup()
{
    return rx::lookupIn({sold(amlodipine(), 1), sold(metformin(), 1), sold(pediatricDrug(), 1),
                         sold(patentDrug(), 1), sold(herbal(), 1), sold(otherDrug(), 1)});
}

Cart cartOf(const QList<std::pair<Product, int>>& items)
{
    Cart c;
    for (const auto& [p, n] : items) {
        Result<qsizetype> line = c.addOne(p);
        if (line && n > 1)
            (void)c.setQuantity(*line, n);
    }
    return c;
}

Product ephedrineProduct(int n = 7)
{
    Product p = fakes::makeProduct(n, QStringLiteral("复方盐酸伪麻黄碱缓释胶囊"), 1850);
    p.ephedrine = true;
    p.rxClass = RxClass::OtcA;
    p.stripsPerBox = 1;
    p.piecesPerStrip = 10;
    p.piecePrice = Money::fromFen(200);
    return p;
}
} // namespace

class TestRxRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Source: 赣医保字〔2024〕9号 三(一) "电子处方流转有效期3天". The end is inclusive (rxrules.h).
    void validity_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("validDays");
        QTest::addColumn<RxStatus>("status");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QStringList>("fragments");
        const QDateTime t0 = issued();
        const QString rule = QStringLiteral("RX-VALID-3D");
        QTest::newRow("RX-VALID-3D same day")
            << t0.addSecs(3600) << 3 << RxStatus::Valid << QString() << QStringList();
        QTest::newRow("RX-VALID-3D exactly 3 days is still valid")
            << t0.addDays(3) << 3 << RxStatus::Valid << QString() << QStringList();
        QTest::newRow("RX-VALID-3D expired by a minute")
            << t0.addDays(3).addSecs(60) << 3 << RxStatus::Valid << rule
            << QStringList{QStringLiteral("处方已超过3天有效期"),
                           QStringLiteral("开具于 2026-11-20 09:14"),
                           QStringLiteral("已于 2026-11-23 09:14 失效")};
        QTest::newRow("RX-VALID-3D valid_days 7 is capped at 3")
            << t0.addDays(3).addSecs(60) << 7 << RxStatus::Valid << rule
            << QStringList{QStringLiteral("2026-11-23 09:14")};
        QTest::newRow("RX-VALID-3D valid_days 1 ends after 1 day")
            << t0.addDays(1).addSecs(60) << 1 << RxStatus::Valid << rule
            << QStringList{QStringLiteral("处方已超过1天有效期"),
                           QStringLiteral("2026-11-21 09:14")};
        QTest::newRow("RX-VALID-3D missing valid_days counts as 3")
            << t0.addDays(2) << 0 << RxStatus::Valid << QString() << QStringList();
        QTest::newRow("RX-VALID-3D revoked by the platform")
            << t0.addSecs(60) << 3 << RxStatus::Revoked << rule
            << QStringList{QStringLiteral("已撤销")};
        QTest::newRow("RX-VALID-3D marked expired by the platform")
            << t0.addSecs(60) << 3 << RxStatus::Expired << rule
            << QStringList{QStringLiteral("已过期")};
        QTest::newRow("RX-VALID-3D issued in the future")
            << t0.addSecs(-3600) << 3 << RxStatus::Valid << rule
            << QStringList{QStringLiteral("晚于当前时间")};
    }
    void validity()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, validDays);
        QFETCH(RxStatus, status);
        QFETCH(QString, ruleId);
        QFETCH(QStringList, fragments);
        Prescription rx = prescription();
        rx.validDays = validDays;
        rx.status = status;
        verifyOutcome(rx::checkValidity(rx, now), ruleId, fragments);
    }

    // Source: 三(一) "单次结算".
    void single_data()
    {
        QTest::addColumn<int>("where"); // 0 never, 1 here, 2 platform
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("RX-SINGLE never settled") << 0 << QString() << QStringList();
        QTest::newRow("RX-SINGLE settled here before")
            << 1 << QStringLiteral("RX-SINGLE")
            << QStringList{QStringLiteral("已在本店结算"), QStringLiteral("XS-0001"),
                           QStringLiteral("2026-11-20 10:00")};
        QTest::newRow("RX-SINGLE reported by the platform")
            << 2 << QStringLiteral("RX-SINGLE")
            << QStringList{QStringLiteral("医保平台显示已结算")};
    }
    void single()
    {
        QFETCH(int, where);
        QFETCH(QString, ruleId);
        QFETCH(QStringList, fragments);
        const Prescription rx = prescription();
        rx::SettledLookup lookup = [&](const QString& no) -> std::optional<SettledPrescription> {
            if (where == 0 || no != rx.rxNo)
                return std::nullopt;
            return SettledPrescription{no, issued().addSecs(46 * 60),
                                       where == 1 ? SettledPrescription::Where::Here
                                                  : SettledPrescription::Where::Platform,
                                       QStringLiteral("XS-0001")};
        };
        verifyOutcome(rx::checkSingle(rx, lookup), ruleId, fragments);
    }

    // Source: 三(二) "不得夹杂其他药品".
    void noMix_data()
    {
        QTest::addColumn<QList<SaleLine>>("lines");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QStringList>("fragments");
        Product uncovered = fakes::makeProduct(9, QStringLiteral("维生素C泡腾片"), 2500);
        QTest::newRow("RX-NO-MIX exactly the prescription's items")
            << matchingLines() << QString() << QStringList();
        QTest::newRow("RX-NO-MIX one extra insured drug")
            << QList<SaleLine>{sold(amlodipine(), 2), sold(metformin(), 1), sold(otherDrug(), 1)}
            << QStringLiteral("RX-NO-MIX")
            << QStringList{QStringLiteral("阿莫西林胶囊"), QStringLiteral("另开一单")};
        QTest::newRow("RX-NO-MIX a non-insured product mixed in")
            << QList<SaleLine>{sold(amlodipine(), 2), sold(metformin(), 1), sold(uncovered, 1)}
            << QStringLiteral("RX-NO-MIX") << QStringList{QStringLiteral("维生素C泡腾片")};
        QTest::newRow("RX-NO-MIX missing items are RX-MATCH's, not a mix")
            << QList<SaleLine>{sold(amlodipine(), 2)} << QString() << QStringList();
    }
    void noMix()
    {
        QFETCH(QList<SaleLine>, lines);
        QFETCH(QString, ruleId);
        QFETCH(QStringList, fragments);
        verifyOutcome(rx::checkNoMix(prescription(), lines), ruleId, fragments);
    }

    // Source: 二(五) "中药与西药必须分开开具处方".
    void tcmSeparate_data()
    {
        QTest::addColumn<QList<RxDrugLine>>("lines");
        QTest::addColumn<RxItemType>("type");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QStringList>("fragments");
        const QString rule = QStringLiteral("RX-TCM-SEPARATE");
        QTest::newRow("RX-TCM-SEPARATE western only")
            << QList<RxDrugLine>{line(amlodipine(), 1)} << RxItemType::Western << QString()
            << QStringList();
        QTest::newRow("RX-TCM-SEPARATE western with chinese patent")
            << QList<RxDrugLine>{line(amlodipine(), 1), line(patentDrug(), 1)}
            << RxItemType::Western << QString() << QStringList();
        QTest::newRow("RX-TCM-SEPARATE herbal pieces only")
            << QList<RxDrugLine>{line(herbal(), 7)} << RxItemType::HerbalPieces << QString()
            << QStringList();
        QTest::newRow("RX-TCM-SEPARATE herbal pieces with western")
            << QList<RxDrugLine>{line(herbal(), 7), line(amlodipine(), 1)} << RxItemType::Western
            << rule
            << QStringList{QStringLiteral("中药饮片：黄芪饮片"),
                           QStringLiteral("西药/中成药：苯磺酸氨氯地平片")};
        QTest::newRow("RX-TCM-SEPARATE herbal pieces with chinese patent")
            << QList<RxDrugLine>{line(herbal(), 7), line(patentDrug(), 1)}
            << RxItemType::HerbalPieces << rule << QStringList{QStringLiteral("复方丹参滴丸")};
        QTest::newRow("RX-TCM-SEPARATE declared herbal, western drug on it")
            << QList<RxDrugLine>{line(metformin(), 1)} << RxItemType::HerbalPieces << rule
            << QStringList{QStringLiteral("类别为中药饮片"), QStringLiteral("盐酸二甲双胍片")};
    }
    void tcmSeparate()
    {
        QFETCH(QList<RxDrugLine>, lines);
        QFETCH(RxItemType, type);
        QFETCH(QString, ruleId);
        QFETCH(QStringList, fragments);
        verifyOutcome(rx::checkTcmSeparate(withLines(lines, type), catalogLookup()), ruleId,
                      fragments);
    }

    // Source: 二(五) "长期处方一般4周以内，最长不超过12周".
    void longTerm_data()
    {
        QTest::addColumn<int>("weeks");
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QStringList>("fragments");
        const QString rule = QStringLiteral("RX-LONG-12W");
        QTest::newRow("RX-LONG-12W 4 weeks, no confirmation needed")
            << 4 << false << QString() << QStringList();
        QTest::newRow("RX-LONG-12W 5 weeks without confirmation")
            << 5 << false << rule
            << QStringList{QStringLiteral("35 天"), QStringLiteral("须执业药师")};
        QTest::newRow("RX-LONG-12W 5 weeks confirmed") << 5 << true << QString() << QStringList();
        QTest::newRow("RX-LONG-12W 12 weeks without confirmation")
            << 12 << false << rule << QStringList{QStringLiteral("84 天")};
        QTest::newRow("RX-LONG-12W 12 weeks confirmed") << 12 << true << QString() << QStringList();
        QTest::newRow("RX-LONG-12W 13 weeks without confirmation")
            << 13 << false << rule
            << QStringList{QStringLiteral("91 天"), QStringLiteral("最长 12 周")};
        QTest::newRow("RX-LONG-12W 13 weeks refused even confirmed")
            << 13 << true << rule << QStringList{QStringLiteral("最长 12 周")};
    }
    void longTerm()
    {
        QFETCH(int, weeks);
        QFETCH(bool, confirmed);
        QFETCH(QString, ruleId);
        QFETCH(QStringList, fragments);
        Prescription rx = prescription();
        rx.longTerm = true;
        rx.coveredDays = weeks * 7;
        QCOMPARE(rx::needsLongTermConfirmation(rx), weeks > 4);
        verifyOutcome(rx::checkLongTerm(rx, confirmed), ruleId, fragments);
    }
    void longTermCountsTheLongestLine()
    {
        Prescription rx = prescription();
        rx.lines[1].days = 35; // no covered days given: a line's days decide
        QCOMPARE(rx.effectiveDays(), 35);
        QVERIFY(!rx::checkLongTerm(rx, false).ok());
    }

    // Source: 二(五) "职工门诊统筹处方严禁开具儿童专科用药".
    void noPediatricForEmployee_data()
    {
        QTest::addColumn<InsuranceType>("insurance");
        QTest::addColumn<RxAttribute>("attribute");
        QTest::addColumn<bool>("withPediatric");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("RX-NO-PEDIATRIC-EMP employee with pediatric drug")
            << InsuranceType::Employee << RxAttribute::PooledFund << true
            << QStringLiteral("RX-NO-PEDIATRIC-EMP")
            << QStringList{QStringLiteral("小儿氨酚黄那敏颗粒"), QStringLiteral("职工门诊统筹")};
        QTest::newRow("RX-NO-PEDIATRIC-EMP resident with pediatric drug")
            << InsuranceType::Resident << RxAttribute::PooledFund << true << QString()
            << QStringList();
        QTest::newRow("RX-NO-PEDIATRIC-EMP employee without pediatric drug")
            << InsuranceType::Employee << RxAttribute::PooledFund << false << QString()
            << QStringList();
        QTest::newRow("RX-NO-PEDIATRIC-EMP employee dual-channel is not pooled fund")
            << InsuranceType::Employee << RxAttribute::DualChannel << true << QString()
            << QStringList();
    }
    void noPediatricForEmployee()
    {
        QFETCH(InsuranceType, insurance);
        QFETCH(RxAttribute, attribute);
        QFETCH(bool, withPediatric);
        QFETCH(QString, ruleId);
        QFETCH(QStringList, fragments);
        Prescription rx = prescription();
        rx.patient.insuranceType = insurance;
        rx.attribute = attribute;
        if (withPediatric)
            rx.lines << line(pediatricDrug(), 1);
        verifyOutcome(rx::checkNoPediatricForEmployee(rx, catalogLookup()), ruleId, fragments);
    }

    // Source: 三(五) "处方所开具的药品与参保人实际买单的药品品种、数量一致后，才能进行收银和刷卡操作".
    void match_data()
    {
        QTest::addColumn<QList<SaleLine>>("lines");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QStringList>("fragments");
        const QString rule = QStringLiteral("RX-MATCH");
        QTest::newRow("RX-MATCH equal") << matchingLines() << QString() << QStringList();
        QTest::newRow("RX-MATCH equal, one box sold as two strips")
            << QList<SaleLine>{sold(amlodipine(), 1), sold(amlodipine(), 2, SaleUnit::Strip),
                               sold(metformin(), 1)}
            << QString() << QStringList();
        QTest::newRow("RX-MATCH one box too many")
            << QList<SaleLine>{sold(amlodipine(), 3), sold(metformin(), 1)} << rule
            << QStringList{
                   QStringLiteral("苯磺酸氨氯地平片 10mg*20片 数量不符（处方 2盒，实际 3盒）")};
        QTest::newRow("RX-MATCH split short by pieces")
            << QList<SaleLine>{sold(amlodipine(), 1), sold(amlodipine(), 15, SaleUnit::Piece),
                               sold(metformin(), 1)}
            << rule << QStringList{QStringLiteral("处方 2盒，实际 35片")};
        QTest::newRow("RX-MATCH drug missing")
            << QList<SaleLine>{sold(amlodipine(), 2)} << rule
            << QStringList{QStringLiteral("缺少 盐酸二甲双胍片 10mg*20片（处方 1盒）")};
        QTest::newRow("RX-MATCH drug swapped")
            << QList<SaleLine>{sold(amlodipine(), 2), sold(otherDrug(), 1)} << rule
            << QStringList{QStringLiteral("缺少 盐酸二甲双胍片"),
                           QStringLiteral("处方外药品 阿莫西林胶囊（1盒）")};
        QTest::newRow("RX-MATCH empty cart")
            << QList<SaleLine>{} << rule << QStringList{QStringLiteral("缺少 苯磺酸氨氯地平片")};
    }
    void match()
    {
        QFETCH(QList<SaleLine>, lines);
        QFETCH(QString, ruleId);
        QFETCH(QStringList, fragments);
        verifyOutcome(rx::checkMatch(prescription(), lines), ruleId, fragments);
    }

    // Source: 国食药监办〔2012〕260号 (national, not the Jiangxi notice): ≤ 2 minimum packages per
    // sale without a prescription, buyer's ID registered.
    // RX-ONLY (《处方药与非处方药分类管理办法》 art. 8): prescription-only lines need the sale's
    // approved prescription; the refusal names every such line, why, and what to do.
    void prescriptionOnly_data()
    {
        QTest::addColumn<QList<int>>("classes"); // RxClass of each line
        QTest::addColumn<bool>("approved");
        QTest::addColumn<QStringList>("named"); // "" when allowed
        QTest::newRow("RX-ONLY Rx line without approval")
            << QList<int>{int(RxClass::Prescription)} << false
            << QStringList{QStringLiteral("第 1 行")};
        QTest::newRow("RX-ONLY Rx line with approval")
            << QList<int>{int(RxClass::Prescription)} << true << QStringList();
        QTest::newRow("RX-ONLY OTC-A and OTC-B need nothing")
            << QList<int>{int(RxClass::OtcA), int(RxClass::OtcB)} << false << QStringList();
        QTest::newRow("RX-ONLY every Rx line named")
            << QList<int>{int(RxClass::OtcB), int(RxClass::Prescription),
                          int(RxClass::Prescription)}
            << false << QStringList{QStringLiteral("第 2 行"), QStringLiteral("第 3 行")};
        QTest::newRow("RX-ONLY empty cart") << QList<int>{} << false << QStringList();
    }
    void prescriptionOnly()
    {
        QFETCH(QList<int>, classes);
        QFETCH(bool, approved);
        QFETCH(QStringList, named);
        Cart cart;
        for (int i = 0; i < classes.size(); ++i) {
            Product p = otherDrug();
            p.id = 100 + i;
            p.rxClass = RxClass(classes.at(i));
            QVERIFY(cart.addOne(p).ok());
        }
        const Status approval =
            approved
                ? Status()
                : Status(makeError(ErrorCode::RuleViolation, QStringLiteral("本单未关联处方")));
        const Status s = rx::checkPrescriptionOnly(cart, approval);
        QCOMPARE(s.ok(), named.isEmpty());
        if (s.ok())
            return;
        QCOMPARE(s.error().ruleId, QStringLiteral("RX-ONLY"));
        QCOMPARE(s.error().code, ErrorCode::RuleViolation);
        for (const QString& n : named)
            QVERIFY2(s.error().message.contains(n), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QStringLiteral("本单未关联处方")));     // why
        QVERIFY(s.error().message.contains(QStringLiteral("请先关联处方（F7）"))); // what to do
        QCOMPARE(cart.prescriptionOnlyLines().size(), named.size());
    }

    void ephedrine_data()
    {
        QTest::addColumn<int>("boxes");
        QTest::addColumn<int>("extraPieces");
        QTest::addColumn<QString>("buyerId");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QStringList>("fragments");
        const QString rule = QStringLiteral("CTRL-EPHEDRINE");
        const QString id = QStringLiteral("11010519491231002X");
        QTest::newRow("CTRL-EPHEDRINE 3 packs with ID")
            << 3 << 0 << id << rule
            << QStringList{QStringLiteral("最多销售 2 个"), QStringLiteral("本单 3 个")};
        QTest::newRow("CTRL-EPHEDRINE 2 packs without ID")
            << 2 << 0 << QString() << rule << QStringList{QStringLiteral("身份证号")};
        QTest::newRow("CTRL-EPHEDRINE 2 packs with ID")
            << 2 << 0 << id << QString() << QStringList();
        QTest::newRow("CTRL-EPHEDRINE 1 pack with ID")
            << 1 << 0 << id << QString() << QStringList();
        QTest::newRow("CTRL-EPHEDRINE 2 packs and a piece")
            << 2 << 1 << id << rule << QStringList{QStringLiteral("本单 3 个")};
        QTest::newRow("CTRL-EPHEDRINE wrong check digit, masked in the message")
            << 1 << 0 << QStringLiteral("110105194912310022") << rule
            << QStringList{QStringLiteral("110***********0022")};
        QTest::newRow("CTRL-EPHEDRINE no ephedrine product, no ID needed")
            << 0 << 0 << QString() << QString() << QStringList();
    }
    void ephedrine()
    {
        QFETCH(int, boxes);
        QFETCH(int, extraPieces);
        QFETCH(QString, buyerId);
        QFETCH(QString, ruleId);
        QFETCH(QStringList, fragments);
        QList<std::pair<Product, int>> items{
            {fakes::makeProduct(1, QStringLiteral("板蓝根颗粒"), 1200), 3}};
        if (boxes > 0)
            items.append({ephedrineProduct(), boxes});
        Cart cart = cartOf(items);
        if (extraPieces > 0) {
            Result<qsizetype> l = cart.addOne(ephedrineProduct(8));
            QVERIFY(l.ok());
            QVERIFY(cart.setUnit(*l, SaleUnit::Piece).ok());
        }
        const Status s = rx::checkEphedrine(cart, buyerId);
        verifyOutcome(s, ruleId, fragments);
        if (!s.ok() && !buyerId.isEmpty())
            QVERIFY(!s.error().message.contains(buyerId)); // DATA-PRIVACY
    }

    // GB 11643-1999 check character.
    void residentId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("check digit") << QStringLiteral("360102201506010048") << true;
        QTest::newRow("check X") << QStringLiteral("36010219900101123X") << true;
        QTest::newRow("check x lower case") << QStringLiteral("36010219900101123x") << true;
        QTest::newRow("wrong check") << QStringLiteral("360102201506010049") << false;
        QTest::newRow("17 characters") << QStringLiteral("36010220150601004") << false;
        QTest::newRow("letter inside") << QStringLiteral("3601022015060A0048") << false;
        QTest::newRow("full-width digits") << QStringLiteral("３６0102201506010048") << false;
    }
    void residentId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(rx::isValidResidentId(id), valid);
    }

    // The hash the pharmacist's approval binds to changes with the content, and only with it.
    void contentHash_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<bool>("sameHash");
        QTest::newRow("nothing") << 0 << true;
        QTest::newRow("quantity") << 1 << false;
        QTest::newRow("dosage") << 2 << false;
        QTest::newRow("original file byte") << 3 << false;
        QTest::newRow("patient ID") << 4 << false;
        QTest::newRow("issue time by a second") << 5 << false;
        QTest::newRow("platform status is not content") << 6 << true;
        QTest::newRow("source is not content") << 7 << true;
    }
    void contentHash()
    {
        QFETCH(int, change);
        QFETCH(bool, sameHash);
        const Prescription a = prescription();
        Prescription b = prescription();
        switch (change) {
        case 1: b.lines[0].quantity = 3; break;
        case 2: b.lines[1].dosage = QStringLiteral("0.25g"); break;
        case 3: b.originalFile[0] = 'X'; break;
        case 4: b.patient.idNumber = QStringLiteral("360102201506010048"); break;
        case 5: b.issueTime = b.issueTime.addSecs(1); break;
        case 6: b.status = RxStatus::Revoked; break;
        case 7: b.source = RxSource::PaperEntry; break;
        default: break;
        }
        QCOMPARE(a.contentHash() == b.contentHash(), sameHash);
        QCOMPARE(a.contentHash().size(), 64);
        QVERIFY(QJsonDocument::fromJson(a.canonicalContent()).isObject());
    }
};

QTEST_GUILESS_MAIN(TestRxRules)
#include "tst_rxrules.moc"

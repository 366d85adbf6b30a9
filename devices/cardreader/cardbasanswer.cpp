#include "devices/cardreader/cardbasanswer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace pos::devices {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CardBasAnswer)
};

constexpr int kFieldCount = 11;
enum Field
{
    RegionCode = 0,
    SocialSecurityNo = 1,
    CardNo = 2,
    CardId = 3,
    HolderName = 4,
};

Error bad(const QString& why)
{
    return makeError(ErrorCode::DeviceFailure, Tr::tr("读卡器返回的卡信息无法识别：%1").arg(why));
}

bool hasControlCharacters(const QString& s)
{
    for (const QChar c : s)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    return false;
}
} // namespace

Result<CardCredential> parseCardBasAnswer(QByteArrayView answer)
{
    if (answer.isEmpty())
        return bad(Tr::tr("内容为空"));
    if (answer.size() > kMaxCardBasAnswerBytes)
        return bad(Tr::tr("内容过长（%1 字节），不是社保卡基本信息").arg(answer.size()));
    if (answer.contains('\0'))
        return bad(Tr::tr("含有空字符"));

    // Vendor libraries answer in the system's Chinese code page (GBK; GB18030 is its superset).
    QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return makeError(ErrorCode::Configuration,
                         Tr::tr("本机的 Qt 不支持 GB18030 解码，无法读取社保卡信息"));
    const QString text = decoder.decode(answer);
    if (decoder.hasError())
        return bad(Tr::tr("不是有效的 GBK/GB18030 文本"));

    QStringList fields = text.trimmed().split(u'|');
    if (!fields.isEmpty() && fields.constLast().trimmed().isEmpty())
        fields.removeLast(); // the '|' that ends the last field
    if (fields.size() < kFieldCount)
        return bad(Tr::tr("只有 %1 项，应有 %2 项（发卡地区|社会保障号码|卡号|卡识别码|姓名|…）")
                       .arg(fields.size())
                       .arg(kFieldCount));
    for (QString& f : fields)
        f = f.trimmed();

    static const QRegularExpression certNoShape(QStringLiteral("^[0-9A-Z]{15,20}$"));
    static const QRegularExpression cardIdShape(QStringLiteral("^[0-9A-Za-z]{8,64}$"));
    CardCredential card;
    card.type = CredentialType::SocialSecurityCard;
    card.certNo = fields.at(SocialSecurityNo).toUpper();
    card.cardSn = fields.at(CardId);
    card.holderName = fields.at(HolderName);
    if (card.certNo.isEmpty())
        return bad(Tr::tr("没有社会保障号码"));
    if (!certNoShape.match(card.certNo).hasMatch())
        return bad(Tr::tr("社会保障号码格式不对（应为 15–20 位数字或字母）"));
    if (card.cardSn.isEmpty())
        return bad(Tr::tr("没有卡识别码"));
    if (!cardIdShape.match(card.cardSn).hasMatch())
        return bad(Tr::tr("卡识别码格式不对（应为 8–64 位数字或字母）"));
    if (card.holderName.isEmpty())
        return bad(Tr::tr("没有姓名"));
    if (card.holderName.size() > 50 || hasControlCharacters(card.holderName))
        return bad(Tr::tr("姓名过长或含有控制字符"));
    return card;
}

} // namespace pos::devices

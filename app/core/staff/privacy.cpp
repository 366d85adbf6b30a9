#include "app/core/staff/privacy.h"

#include <QCoreApplication>

namespace pos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Privacy)
};

/// Every character but the last `keep` replaced by '*'.
QString keepLast(const QString& s, qsizetype keep)
{
    if (s.size() <= keep)
        return QString(s.size(), u'*');
    return QString(s.size() - keep, u'*') + s.right(keep);
}

QString withoutChars(const QString& s, QStringView drop)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!drop.contains(c) && !c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace

QString maskIdNumber(const QString& id)
{
    const QString s = id.trimmed();
    if (s.size() >= 15)
        return s.left(3) + QString(s.size() - 7, u'*') + s.right(4);
    if (s.size() > 4)
        return QString(s.size() - 4, u'*') + s.right(4);
    return QString(s.size(), u'*');
}

QString maskName(const QString& name)
{
    const QString s = name.trimmed();
    if (s.isEmpty())
        return s;
    return s.left(1) + QString(s.size() - 1, u'*');
}

QString maskPhone(const QString& phone)
{
    const QString s = phone.trimmed();
    if (s.size() == 11 && s.startsWith(u'1'))
        return s.left(3) + QStringLiteral("****") + s.right(4);
    const qsizetype dash = s.indexOf(u'-');
    if (dash > 0 && dash < s.size() - 1)
        return s.left(dash + 1) + keepLast(s.mid(dash + 1), 4);
    return keepLast(s, s.size() > 6 ? 4 : 2);
}

QString maskCardNumber(const QString& number)
{
    return keepLast(withoutChars(number, u"-"), 4);
}

QString maskToken(const QString& token)
{
    const QString s = token.trimmed();
    if (s.isEmpty())
        return s;
    return s.size() > 8 ? QStringLiteral("…") + s.right(4) : QStringLiteral("…");
}

QString personalKindKey(PersonalKind kind)
{
    switch (kind) {
    case PersonalKind::IdNumber: return QStringLiteral("id_number");
    case PersonalKind::PersonName: return QStringLiteral("person_name");
    case PersonalKind::Phone: return QStringLiteral("phone");
    case PersonalKind::InsurancePersonNumber: return QStringLiteral("insurance_person_number");
    case PersonalKind::CardNumber: return QStringLiteral("card_number");
    case PersonalKind::EVoucherToken: return QStringLiteral("evoucher_token");
    }
    return QStringLiteral("unknown");
}

QString toDisplayString(PersonalKind kind)
{
    switch (kind) {
    case PersonalKind::IdNumber: return Tr::tr("身份证号");
    case PersonalKind::PersonName: return Tr::tr("姓名");
    case PersonalKind::Phone: return Tr::tr("电话号码");
    case PersonalKind::InsurancePersonNumber: return Tr::tr("医保人员编号");
    case PersonalKind::CardNumber: return Tr::tr("卡号");
    case PersonalKind::EVoucherToken: return Tr::tr("医保电子凭证令牌");
    }
    return {};
}

QString maskPersonal(PersonalKind kind, const QString& value)
{
    switch (kind) {
    case PersonalKind::IdNumber: return maskIdNumber(value);
    case PersonalKind::PersonName: return maskName(value);
    case PersonalKind::Phone: return maskPhone(value);
    case PersonalKind::InsurancePersonNumber: return keepLast(value.trimmed(), 4);
    case PersonalKind::CardNumber: return maskCardNumber(value);
    case PersonalKind::EVoucherToken: return maskToken(value);
    }
    return QString(value.size(), u'*');
}

QString normalizeForLookup(PersonalKind kind, const QString& value)
{
    switch (kind) {
    case PersonalKind::IdNumber:
    case PersonalKind::InsurancePersonNumber: return withoutChars(value, u"").toUpper();
    case PersonalKind::PersonName:
        return value.normalized(QString::NormalizationForm_KC).simplified();
    case PersonalKind::Phone: {
        QString digits;
        for (QChar c : value) {
            if (c.isDigit())
                digits.append(QChar(u'0' + c.digitValue()));
        }
        if (value.trimmed().startsWith(u'+') && digits.startsWith(QStringLiteral("86")))
            digits.remove(0, 2);
        else if (digits.startsWith(QStringLiteral("0086")))
            digits.remove(0, 4);
        return digits;
    }
    case PersonalKind::CardNumber: return withoutChars(value, u"-").toUpper();
    case PersonalKind::EVoucherToken: return value.trimmed();
    }
    return value.trimmed();
}

} // namespace pos

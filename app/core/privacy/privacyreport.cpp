#include "app/core/privacy/privacyreport.h"

#include <QCoreApplication>

namespace pos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyReport)
};

} // namespace

QList<QDateTime> PrivacyAgeBuckets::starts(const QDateTime& now)
{
    return {now.addDays(-30), now.addDays(-90), now.addYears(-1), now.addYears(-2)};
}

QStringList PrivacyAgeBuckets::labels()
{
    return {Tr::tr("<30 天"), Tr::tr("30–90 天"), Tr::tr("90 天–1 年"), Tr::tr("1–2 年"),
            Tr::tr("≥2 年")};
}

bool PrivacyReport::ok() const
{
    for (const PrivacyReportRow& r : rows) {
        if (!r.error.isEmpty())
            return false;
    }
    return true;
}

QStringList PrivacyReport::toLines() const
{
    QStringList out;
    out << Tr::tr("个人信息清单（%1）").arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    const QStringList labels = PrivacyAgeBuckets::labels();
    out << Tr::tr("类别 | 内容 | 条数 | 最早 | %1 | 保存期限（法定最短）")
               .arg(labels.join(QStringLiteral(" | ")));
    for (const PrivacyReportRow& r : rows) {
        if (!r.error.isEmpty()) {
            out << Tr::tr("%1 | %2 | 无法统计：%3").arg(toDisplayString(r.kind), r.what, r.error);
            continue;
        }
        QStringList ages;
        for (qint64 n : r.holding.byAge)
            ages << QString::number(n);
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6（%7）")
                   .arg(toDisplayString(r.kind), r.what)
                   .arg(r.holding.count)
                   .arg(r.holding.oldest.isValid()
                            ? r.holding.oldest.toString(QStringLiteral("yyyy-MM-dd"))
                            : QStringLiteral("-"),
                        ages.join(QStringLiteral(" | ")), r.period, r.legalMinimum);
    }
    if (!encryption.isEmpty()) {
        out << QString();
        out << Tr::tr("加密情况（当前密钥 %1）").arg(currentKeyId);
        for (const EncryptionCensusRow& c : encryption) {
            QStringList keys;
            for (auto it = c.byKeyId.cbegin(); it != c.byKeyId.cend(); ++it)
                keys << Tr::tr("密钥 %1：%2 条").arg(it.key()).arg(it.value());
            if (keys.isEmpty())
                keys << Tr::tr("无加密数据");
            out << Tr::tr("%1：%2；明文 %3 条%4")
                       .arg(c.holder, keys.join(QStringLiteral("，")))
                       .arg(c.plain)
                       .arg(c.plain > 0 ? Tr::tr("（需要迁移加密！）") : QString());
        }
    }
    return out;
}

PrivacyReport buildPrivacyReport(const QList<RetentionTarget*>& targets,
                                 const RetentionPolicy& policy, const QDateTime& now)
{
    PrivacyReport report;
    report.at = now;
    const QList<QDateTime> starts = PrivacyAgeBuckets::starts(now);
    for (RetentionTarget* t : targets) {
        PrivacyReportRow row;
        row.target = t->name();
        row.kind = t->kind();
        row.what = t->what();
        row.period = policy.rule(row.kind).period.toDisplayString();
        row.legalMinimum = policy.rule(row.kind).legalMinimum.isZero()
                               ? Tr::tr("无")
                               : policy.rule(row.kind).legalMinimum.toDisplayString();
        Result<RetentionHolding> h = t->holding(starts);
        if (h)
            row.holding = *h;
        else
            row.error = h.error().userText();
        report.rows.append(row);
    }
    return report;
}

} // namespace pos

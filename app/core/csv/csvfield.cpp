#include "app/core/csv/csvfield.h"

namespace pos {

bool looksLikeFormula(QStringView value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r': return true;
    default: return false;
    }
}

QString csvField(const QString& value)
{
    const bool formula = looksLikeFormula(value);
    if (!formula && !value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    QString v = value;
    v.replace(u'"', QStringLiteral("\"\""));
    return formula ? QString(QStringLiteral("\"'") + v + u'"') : QString(u'"' + v + u'"');
}

} // namespace pos

#include "app/core/staff/privacy.h"

namespace pos {

QString maskIdNumber(const QString& id)
{
    const QString s = id.trimmed();
    if (s.size() >= 15)
        return s.left(6) + QString(s.size() - 10, u'*') + s.right(4);
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

} // namespace pos

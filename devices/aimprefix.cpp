#include "devices/aimprefix.h"

namespace pos::devices {

QString takeAimPrefix(QByteArray& payload)
{
    if (payload.size() < 3 || payload.at(0) != ']')
        return {};
    const char code = payload.at(1);
    const char modifier = payload.at(2);
    const bool codeOk = (code >= 'A' && code <= 'Z') || (code >= 'a' && code <= 'z');
    const bool modifierOk =
        (modifier >= '0' && modifier <= '9') || (modifier >= 'A' && modifier <= 'Z');
    if (!codeOk || !modifierOk)
        return {};
    const QString id = QString::fromLatin1(payload.left(3));
    payload.remove(0, 3);
    return id;
}

} // namespace pos::devices

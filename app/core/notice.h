#pragma once

#include <QMetaType>
#include <QString>

namespace pos {

/// A message a workflow has for the person at the counter.
struct Notice
{
    enum class Level
    {
        Info = 1,
        Warning,
        Error
    };
    Level level = Level::Info;
    QString text;
};

} // namespace pos

Q_DECLARE_METATYPE(pos::Notice)

// Guard-rail control: compiles cleanly with the house flags, so a probe that fails does so for its
// own warning, not because the flags or include paths are broken.
#include <QObject>
#include <QString>

class Clean : public QObject
{
public:
    using QObject::QObject;
    [[nodiscard]] int fen(double yuan) const { return static_cast<int>(yuan * 100); }
};

QString name()
{
    return QStringLiteral("干净");
}

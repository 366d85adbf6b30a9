#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pos::app {

bool installTranslations(const QString& language)
{
    static QTranslator app;
    static QTranslator qt;
    if (language.startsWith(QStringLiteral("en")))
        return app.load(QStringLiteral(":/i18n/pharmapos_en.qm"))
               && QCoreApplication::installTranslator(&app);
    return qt.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                   QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
           && QCoreApplication::installTranslator(&qt);
}

} // namespace pos::app

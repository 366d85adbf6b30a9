// The interface's language: Qt's own texts in Chinese by default (a cashier never meets an English
// "Cancel"), the app's English when asked for.

#include "app/translations.h"

#include <QCoreApplication>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qtsOwnTextsAreChineseByDefault()
    {
        QVERIFY2(pos::app::installTranslations(QStringLiteral("zh_CN")),
                 "qtbase_zh_CN.qm not found: install qt6-translations-l10n");
        // The buttons QMessageBox and QDialogButtonBox draw.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("是(&Y)"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

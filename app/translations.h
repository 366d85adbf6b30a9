#pragma once

#include <QString>

namespace pos::app {

/// Installs the interface's translations for `language` (a locale name such as zh_CN or en_US):
/// the app's own English for "en…" (its source strings are Chinese), and otherwise Qt's own
/// Chinese texts — message-box buttons, file dialogs, context menus — from Qt's translations
/// folder (Debian: qt6-translations-l10n). Returns false when a needed file could not be loaded.
/// Call once, after the application object exists; the translators live for the process.
bool installTranslations(const QString& language);

} // namespace pos::app

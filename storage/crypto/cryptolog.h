#pragma once

#include <QLoggingCategory>

/// pos.storage.keys: key creation, rotation, restore, the plain-text migration — ids and counts
/// only, never key material or personal data.
Q_DECLARE_LOGGING_CATEGORY(lcKeys)

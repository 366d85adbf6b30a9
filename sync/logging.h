#pragma once

#include <QLoggingCategory>

// The platform link. Never logs keys, secrets, ID numbers or card numbers (DATA-PRIVACY): envelopes
// are logged by infno and msgid only.
Q_DECLARE_LOGGING_CATEGORY(lcSync)

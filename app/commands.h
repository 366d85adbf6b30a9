#pragma once

#include "app/appconfig.h"

#include <QString>

namespace pos::app {

/// `pharmapos demo`: the built-in demo scenario on simulated devices, printed as it happens.
int runDemo(const AppConfig& config);
/// `pharmapos run-script FILE`: a JSON scenario of counter actions on simulated devices.
int runScript(const AppConfig& config, const QString& file, bool json);
/// `pharmapos` (GUI): the counter window. `quitWhenReady` prints the start-up time and exits once
/// the checkout is shown (for the start-up benchmark).
int runGui(const AppConfig& config, bool quitWhenReady);

} // namespace pos::app

// Compiles the probe header on its own (see probe_signal_hides_event.h).
#include "tests/guardrails/probe_signal_hides_event.h"

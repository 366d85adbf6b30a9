#pragma once

#include <QString>
#include <QStringList>

namespace pos::app {

/// What `pharmapos codes inspect` was asked, from its options.
struct CodesInspectOptions
{
    bool hex = false;     ///< PAYLOAD is hex bytes ("1d" for GS)
    QString symbologyId;  ///< --symbology: the AIM identifier a device would report ("]d2")
    QString gsSubstitute; ///< --gs-substitute: what a wedge scanner sends instead of GS
    QString imageFile;    ///< --image: a picture to decode (the camera decoder supplies this later)
};

/// `pharmapos codes inspect PAYLOAD [--hex] [--symbology ID] [--gs-substitute S]`: recognises one
/// payload and prints the recognition as indented JSON on stdout. `args` are the positional
/// arguments ("codes", "inspect", PAYLOAD). Exit 0 accepted, 1 rejected, 2 usage error. Needs no
/// store, database or device.
int runCodes(const QStringList& args, const CodesInspectOptions& options);

} // namespace pos::app

#pragma once

#include "app/cameraconfig.h"
#include "app/commandtable.h"

#include <QStringList>
#include <QTextStream>

namespace pos {
class EvidenceSealer;
}

namespace pos::camera {
class EvidenceAccess;
}

namespace pos::app {

/// The settlement camera's family of subcommands (`face check`, `video verify`, `video export`),
/// registered in subcommands().
[[nodiscard]] QList<Subcommand> cameraSubcommands();

/// `pharmapos face check IMAGE…`: runs the settlement camera's face analysis (the same analyser
/// and policy as the counter) on each image and prints a JSON array, one object per image: its
/// size, every face with its box, quality figures and own verdict, and the image's verdict (what
/// the cashier would see). For an installer testing a camera position, and for anyone checking the
/// detector on their own pictures. `args` are the image paths. Exit 0 when every image holds a
/// usable face, 1 when one does not, 2 on a usage error, an unreadable image or a missing model.
/// Needs no store, database or device.
int runFaceCheck(const QStringList& images, const CameraSettings& settings, QTextStream& out,
                 QTextStream& err);

/// `pharmapos video verify [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: re-hashes every kept clip
/// (segments, face, manifest chain) in the video folder and its backup, and names anything
/// missing or altered. `args` are the options after "verify". Exit 0 intact, 1 with findings
/// (one line each), 2 on a usage error. Sealed files are decrypted through `sealer` to be hashed
/// (manifests hash the recorded content), which also authenticates them; shows no face.
int runVideoVerify(const QStringList& args, const CameraSettings& settings,
                   const EvidenceSealer& sealer, QTextStream& out, QTextStream& err);

/// `pharmapos video export SETTLEMENT --out FILE`: the settlement's clip as one Matroska file plus
/// its manifest (FILE.manifest.json), through `access` — the store manager's permission checked
/// and the export audited there. `args` are the arguments after "export". The lead builds
/// `access` over the logged-in counter's AccessControl and a devices::FileEvidenceArchive.
/// Exit 0 exported, 1 refused or failed (saying why), 2 usage error.
int runVideoExport(const QStringList& args, camera::EvidenceAccess& access, QTextStream& out,
                   QTextStream& err);

} // namespace pos::app

#pragma once

#include "app/core/result.h"
#include "app/core/upload/uploadengine.h"
#include "sync/platformprofile.h"

#include <QString>

class QSettings;

namespace pos::app {

/// The platform link as the store configures it ([platform] in the store's INI; the lead puts it
/// into AppConfig):
///
///     [platform]
///     link = off | https                 off (default): nothing is sent, the queue only fills
///     url = https://…/fsi/api/rsfComIfsService/callService
///     path_template = /fsi/api/{infno}   a path per transaction instead of one callService URL
///     ca_file = /etc/pharmapos/platform-ca.pem   the CA the platform's certificate must chain to
///     auth = none | csb | tif | oauth2
///     csb_api_name = hsa.fsi.{infno}     csb_api_version = 1.0.0
///     tif_service_id =                   oauth_token_url = https://…/oauth/token  oauth_scope =
///     crypto = off | on                  SM3withSM2 cainfo, SM4 input/output
///     platform_public_key = /etc/pharmapos/platform-sm2-public.pem   verifies answers' cainfo
///     secrets_file = /etc/pharmapos/platform-secrets.ini   0600, the service account's
///     connect_timeout_ms = 10000         request_timeout_ms = 30000
///     mdtrtarea_admvs =                  (default: digits 2–7 of fixmedins_code)
///     recer_sys_code = PHARMAPOS  dev_no =  dev_safe_info =  infver = V1.0
///     opter = 0001  opter_name =  opter_type = 1
///     sign_expired_pattern = 签到        err_msg that means sign_no expired (regex)
///     retry_min_ms = 2000  retry_max_ms = 300000  unknown_grace_ms = 5000  poll_ms = 500
///     mac =  ip =                         9001 signIn
///     msgid_block =                       0–9: this till's first sequence digit (tills sharing a
///                                         fixmedins_code with separate databases)
///
/// The secrets file (INI, [secrets]): client_id, sm4_key, sm2_private_key_file (a PEM file, 0600
/// too), csb_access_key, csb_secret_key, tif_paasid, tif_paastoken, oauth_client_id,
/// oauth_client_secret. Its values are never logged nor shown.
struct PlatformSettings
{
    bool enabled = false;
    sync::PlatformProfile profile;
    upload::UploadPolicy policy;
    int msgIdBlock = -1;
    QString secretsFile;

    /// Reads [platform] from the INI at `path` (no file, or no section: link off). A bad value is
    /// an error naming the key; so is a secrets file others can read.
    [[nodiscard]] static Result<PlatformSettings> load(const QString& path);
    /// The store's settings: a drop-in `<dataDir>/platform.ini` when there is one (the
    /// simulator writes one for the demo store: packaging/demo.sh copies it there), else the
    /// [platform] section of the store's INI at `configPath`.
    [[nodiscard]] static Result<PlatformSettings> loadForStore(const QString& dataDir,
                                                               const QString& configPath);
    [[nodiscard]] static Result<PlatformSettings> fromSettings(const QSettings& ini,
                                                               const QString& fileName);
};

/// Reads a secrets file, refusing one the group or others may read or write (it must be 0600 or
/// stricter, as must the SM2 key file it names). Errors name the file, never a value.
[[nodiscard]] Result<sync::PlatformSecrets> readSecretsFile(const QString& path);

} // namespace pos::app

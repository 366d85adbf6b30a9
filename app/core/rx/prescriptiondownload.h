#pragma once

#include "app/core/result.h"
#include "app/core/rx/prescription.h"

#include <QJsonObject>

#include <functional>

namespace pos {

class PlatformGateway;
class ReviewService;

namespace rx {

/// 7203 处方下载: the transaction code, and the request input for a scanned e-prescription token
/// (处方追溯码 / e-voucher token) or a prescription number (`data{rx_trace_code, hi_rxno}`).
inline constexpr const char* kDownloadInfno = "7203";
[[nodiscard]] QJsonObject downloadRequest(const QString& tokenOrRxNo);

/// The Prescription in a 7203 response `output` (fields as PLATFORM.md §3: `rxinfo{hi_rxno,
/// prsc_time, valid_days, valid_end_time, rxExraAttrCode, rxItemTypeCode, longRxFlag, rxStasCodg,
/// rx_file, rx_file_type}`, `rxdrugdetail[]`, `diseinfo[]`, `patient`, `prescriber`,
/// `institution`). Codes may arrive as strings or numbers. Refuses, naming the field, a missing
/// number or time, an unknown code, a valid_end_time that is not issue time + valid days, and a
/// drug line without code or with a non-positive count. Pure.
[[nodiscard]] Result<Prescription> prescriptionFromDownload(const QJsonObject& output);

} // namespace rx

/// Downloads e-prescriptions through the platform port and hands them to the pharmacist's queue
/// (ReviewService::receive). Thread: GUI/main thread; holds references to the gateway and the
/// review service, which must outlive it.
class PrescriptionDownloader
{
public:
    PrescriptionDownloader(PlatformGateway& platform, ReviewService& reviews)
        : m_platform(platform)
        , m_reviews(reviews)
    {
    }

    using Done = std::function<void(Result<Prescription>)>;
    /// Downloads `tokenOrRxNo` (7203), parses it and receives it; `done` runs exactly once on the
    /// caller's thread with the stored prescription, or with why it could not be (platform
    /// refusal or no answer, malformed response, refused by ReviewService).
    void download(const QString& tokenOrRxNo, Done done);

private:
    PlatformGateway& m_platform;
    ReviewService& m_reviews;
};

} // namespace pos

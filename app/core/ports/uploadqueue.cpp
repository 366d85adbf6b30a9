#include "app/core/ports/uploadqueue.h"

#include <QCoreApplication>

namespace pos {

namespace {
/// Translation context "UploadQueue" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UploadQueue)
};
} // namespace

QString toDisplayString(UploadState state)
{
    switch (state) {
    case UploadState::Pending: return Tr::tr("待上传");
    case UploadState::Sending: return Tr::tr("发送中");
    case UploadState::Accepted: return Tr::tr("已上传");
    case UploadState::Rejected: return Tr::tr("被拒");
    case UploadState::Unknown: return Tr::tr("待核实");
    case UploadState::Withdrawn: return Tr::tr("已撤回");
    }
    return {};
}

} // namespace pos

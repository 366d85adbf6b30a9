#pragma once

#include "app/core/insurance/insuredsettlement.h"
#include "app/core/printdocument.h"
#include "app/core/storeprofile.h"

namespace pos {

/// The 医保结算单 (SETTLE-SLIP) of a settled settlement, for the receipt printer (the encoder
/// prints it in GB18030) or an A5 page: the store, the settlement and sale numbers, setl_id, the
/// insured person (masked: the slip leaves the store with the patient), the prescription, every
/// line with its 医保编码, batch, expiry and trace codes, the split — 医疗费总额, 统筹基金支付,
/// 个人账户支付, 个人现金支付, the account balance after — and the line the patient signs on.
/// A reprint is marked 【补打】. Pure.
[[nodiscard]] PrintDocument formatSettlementSlip(const InsuredSettlementRecord& settlement,
                                                 const StoreProfile& store, int widthColumns,
                                                 bool reprint);

} // namespace pos

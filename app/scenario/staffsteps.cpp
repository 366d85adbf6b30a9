// Scenario steps of the people at the counter: login, stepping in, locks, duty, accounts.

#include "app/core/staff/authservice.h"
#include "app/core/staff/dutyservice.h"
#include "app/core/staff/session.h"
#include "app/scenario/steprun.h"

#include <QJsonObject>

namespace pos::scenario {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioRunner)
};

namespace {

void login(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (!run.need(run.t.session, Tr::tr("登录会话")))
        return;
    const QJsonObject who = arg.toObject();
    Result<User> u = run.t.session->login(who.value(QStringLiteral("user")).toString(),
                                          who.value(QStringLiteral("password")).toString());
    if (!u)
        run.take(u.error());
    else
        run.say(Tr::tr("登录 %1（%2）").arg(u->displayName, toDisplayString(u->role)));
}

void stepIn(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (!run.need(run.t.session, Tr::tr("登录会话")))
        return;
    const QJsonObject who = arg.toObject();
    // By default the step-in ends with the sale in progress; "stay": true keeps it.
    const StepInScope scope = who.value(QStringLiteral("stay")).toBool() ? StepInScope::UntilStepOut
                                                                         : StepInScope::ThisSale;
    Result<User> u = run.t.session->stepIn(who.value(QStringLiteral("user")).toString(),
                                           who.value(QStringLiteral("password")).toString(), scope);
    if (!u)
        run.take(u.error());
    else
        run.say(Tr::tr("代为操作 %1（%2）").arg(u->displayName, toDisplayString(u->role)));
}

void logout(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    if (run.need(run.t.session, Tr::tr("登录会话")))
        run.t.session->logout();
}

void stepOut(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    if (run.need(run.t.session, Tr::tr("登录会话")))
        run.t.session->stepOut();
}

void lock(StepRun& run, const QJsonValue&, const QJsonObject&)
{
    if (run.need(run.t.session, Tr::tr("登录会话")))
        run.t.session->lock();
}

void unlock(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    if (run.need(run.t.session, Tr::tr("登录会话")))
        run.take(run.t.session->unlock(arg.toString()));
}

void clockDuty(StepRun& run, bool in, bool unlessOnDuty = false)
{
    if (!run.need(run.t.duty, Tr::tr("药师在岗登记")))
        return;
    // "unless_on_duty": a pharmacist still on duty from an interrupted run (the period stays open
    // across a crash, as it should) is not clocked in twice; the scenario goes on.
    if (unlessOnDuty && run.t.session) {
        const User* u = run.t.session->actingUser();
        if (u && run.t.duty->isOnDuty(u->id)) {
            run.say(Tr::tr("%1 已在岗，无需再次上岗")
                        .arg(u->displayName.isEmpty() ? u->username : u->displayName));
            return;
        }
    }
    Result<DutyPeriod> p = in ? run.t.duty->clockIn() : run.t.duty->clockOut();
    if (!p)
        run.take(p.error());
    else
        run.say((in ? Tr::tr("%1 上岗") : Tr::tr("%1 下岗"))
                    .arg(p->displayName.isEmpty() ? p->username : p->displayName));
}

void addUser(StepRun& run, const QJsonValue& arg, const QJsonObject&)
{
    // {"add_user": {"user": "zhaoliu", "name": "赵六", "role": "pharmacist", "password": "…",
    //               "licence": "…", "insurance_code": "…"}} by the acting administrator.
    if (!run.need(run.t.auth, Tr::tr("账号管理")) || !run.need(run.t.session, Tr::tr("登录会话")))
        return;
    const QJsonObject a = arg.toObject();
    User account;
    account.username = a.value(QStringLiteral("user")).toString();
    account.displayName = a.value(QStringLiteral("name")).toString();
    account.licenceNo = a.value(QStringLiteral("licence")).toString();
    account.insurancePharmacistCode = a.value(QStringLiteral("insurance_code")).toString();
    if (!roleFromKey(a.value(QStringLiteral("role")).toString(), &account.role)) {
        run.take(makeError(ErrorCode::InvalidInput,
                           Tr::tr("role 须为 cashier、pharmacist、manager 或 admin")));
        return;
    }
    const User* actor = run.t.session->actingUser();
    if (!actor) {
        run.take(makeError(ErrorCode::PermissionDenied, Tr::tr("添加账号须先以管理员登录")));
        return;
    }
    Result<User> added =
        run.t.auth->addUser(*actor, account, a.value(QStringLiteral("password")).toString());
    if (!added)
        run.take(added.error());
    else
        run.say(Tr::tr("已添加账号 %1（%2）").arg(added->username, toDisplayString(added->role)));
}

} // namespace

QList<ScenarioStepKind> staffSteps()
{
    return {
        {QStringLiteral("login"), Tr::tr("{\"user\": …, \"password\": …} 登录"), login},
        {QStringLiteral("logout"), Tr::tr("退出（未收款的销售作废并记审计）"), logout},
        {QStringLiteral("step_in"),
         Tr::tr("{\"user\": …, \"password\": …, \"stay\": false} 切换操作人；默认随本单结束"),
         stepIn},
        {QStringLiteral("step_out"), Tr::tr("结束代操作"), stepOut},
        {QStringLiteral("lock"), Tr::tr("锁屏"), lock},
        {QStringLiteral("unlock"), Tr::tr("\"密码\"：解锁"), unlock},
        {QStringLiteral("clock_in"),
         Tr::tr("当前操作的药师上岗（\"unless_on_duty\"：已在岗则跳过）"),
         [](StepRun& run, const QJsonValue& arg, const QJsonObject&) {
             clockDuty(run, true, arg.toString() == QStringLiteral("unless_on_duty"));
         }},
        {QStringLiteral("clock_out"), Tr::tr("当前操作的药师下岗"),
         [](StepRun& run, const QJsonValue&, const QJsonObject&) { clockDuty(run, false); }},
        {QStringLiteral("add_user"),
         Tr::tr("{\"user\", \"name\", \"role\", \"password\", \"licence\", \"insurance_code\"} "
                "管理员添加账号"),
         addUser},
    };
}

} // namespace pos::scenario

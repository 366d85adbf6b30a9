// The settlement camera in the counter window (issue 15, CAM-*): one line under the cart saying
// the area records and whether it does; a right-hand column with the camera panel only while an
// insured settlement's evidence runs, the cart keeping its width at 1024×768; the manager's
// 查看人脸与录像 built when opened, refused (and audited) for a cashier.

#include "app/core/camera/settlementevidence.h"
#include "app/core/rx/reviewservice.h"
#include "app/core/rx/settlementgate.h"
#include "app/core/sale/saleworkflow.h"
#include "tests/fakes/camerafakes.h"
#include "tests/support/builders.h"
#include "tests/support/teststore.h"
#include "ui/camerapanel.h"
#include "ui/checkoutwidget.h"
#include "ui/evidenceviewer.h"
#include "ui/mainwindow.h"

#include <QDialog>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace pos;

namespace {

/// The window over the shared test store with the prescription gate and the camera's evidence
/// gate (a fake recorder that records, a fake archive), 1024×768.
struct Rig : testsupport::TestStore
{
    fakes::FakeSaleRepository sales;
    fakes::FakePrinter printer;
    StoreProfile store = testsupport::testStore();
    SaleWorkflow workflow{catalog, sales, sales, printer, clock, staff.access, store};
    fakes::FakePrescriptionRepository repo;
    ReviewService reviews{repo, staff.access, staff.duty, staff.audit, clock};
    fakes::FakeCardReader reader;
    RxSettlementGate gate{workflow,     repo,       reviews,     printer, reader,
                          staff.access, staff.duty, staff.audit, clock,   store};
    fakes::FakeSettlementRecorder recorder;
    fakes::FakeEvidenceArchive archive;
    camera::SettlementEvidence evidence{recorder, staff.audit, clock, fakes::manualEvidencePolicy(),
                                        [] { return QStringLiteral("-"); }};
    std::unique_ptr<ui::MainWindow> window;

    Rig()
    {
        evidence.setDevices(camera::EvidenceDevices{
            nullptr, &archive, QStringLiteral("模拟摄像头（演示图片）"), true});
        QObject::connect(&recorder, &SettlementRecorder::statusChanged, &evidence,
                         &camera::SettlementEvidence::onRecorderStatus);
        evidence.onCameraFrame();
        gate.setSettlementEvidence(&evidence);
        ui::CounterServices services{workflow,  staff.session, staff.auth, staff.duty,
                                     printer,   staff.users,   &service,   &inventory,
                                     &clock,    &catalog,      nullptr,    nullptr,
                                     &products, &gate,         &reviews,   nullptr};
        services.access = &staff.access;
        window = std::make_unique<ui::MainWindow>(store, services,
                                                  ui::DeviceSummary{{printer.deviceName()}, {}});
        window->resize(1024, 768);
        window->show();
    }
};

} // namespace

class TestMainWindowCamera : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneLineUntilAnInsuredSettlementThenTheColumn()
    {
        Rig r;
        QVERIFY(QTest::qWaitForWindowExposed(r.window.get()));
        QVERIFY(r.window->cameraPanel());
        QVERIFY(!r.window->cameraColumn()->isVisible()); // nobody logged in
        r.staff.loginAs(QStringLiteral("zhangsan"));
        QVERIFY(!r.window->cameraColumn()->isVisible()); // no insured settlement
        QVERIFY(r.window->cameraLineText().contains(QStringLiteral("本结算区域全程录音录像")));
        QVERIFY(r.window->cameraLineText().contains(QStringLiteral("模拟摄像头")));
        QVERIFY(r.window->cameraLineText().contains(QStringLiteral("录像中")));

        QVERIFY(r.evidence.begin(QStringLiteral("JS-T01-1"), {QStringLiteral("阿莫西林 ×1")}).ok());
        QVERIFY(r.window->cameraColumn()->isVisible());
        QVERIFY(r.window->cameraPanel()->consentButton()->isVisible());
        QApplication::processEvents();
        // 1024×768: the cart keeps most of the width beside the column.
        QVERIFY2(r.window->checkout()->width() >= 690,
                 qPrintable(QString::number(r.window->checkout()->width())));
        QVERIFY(r.window->cameraColumn()->geometry().right() <= r.window->width());
        QVERIFY(r.window->height() <= 768);
        if (const QByteArray out = qgetenv("PHARMAPOS_SCREENSHOT"); !out.isEmpty())
            r.window->grab().save(QString::fromLocal8Bit(out));

        QVERIFY(r.evidence.cancel(QStringLiteral("测试")).ok());
        QVERIFY(!r.window->cameraColumn()->isVisible());

        r.recorder.setStatus(RecorderState::Faulted, QStringLiteral("编码器停止"));
        QVERIFY(r.window->cameraLineText().contains(QStringLiteral("录像故障")));
    }

    // CAM-CONSENT: faces are seen by the store manager only; the viewer is built when opened.
    void theViewerIsTheManagersAndBuiltWhenOpened()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("zhangsan"));
        QVERIFY(r.window->findChildren<ui::EvidenceViewer*>().isEmpty());
        const int refusals = r.staff.audit.count(AuditAction::PermissionRefused);
        QVERIFY(!r.window->openEvidenceViewer());
        QVERIFY(r.window->checkout()->noticeText().contains(QStringLiteral("STAFF-ROLES")));
        QVERIFY(r.staff.audit.count(AuditAction::PermissionRefused) > refusals);
        QVERIFY(r.window->findChildren<ui::EvidenceViewer*>().isEmpty());

        r.staff.loginAs(QStringLiteral("wangwu"));
        QDialog* d = r.window->openEvidenceViewer();
        QVERIFY(d);
        QCOMPARE(d->findChildren<ui::EvidenceViewer*>().size(), 1);
        d->close();
    }

    // A view of faces and clips belongs to who opened it: a lock or another user closes it, so a
    // cashier never inherits a manager's open view (DATA-PRIVACY, CAM-CONSENT).
    void aViewOfFacesClosesWhenTheUserChangesOrLocks()
    {
        Rig r;
        r.staff.loginAs(QStringLiteral("wangwu"));
        QPointer<QDialog> d = r.window->openEvidenceViewer();
        QVERIFY(d && d->isVisible());
        Q_EMIT r.staff.session.changed(); // something else changed: the same manager acts
        QVERIFY(d && d->isVisible());     // the same manager still acting: it stays
        r.staff.loginAs(QStringLiteral("zhangsan"));
        QTRY_VERIFY(!d);

        r.staff.loginAs(QStringLiteral("wangwu"));
        d = r.window->openEvidenceViewer();
        QVERIFY(d && d->isVisible());
        r.staff.session.lock();
        QTRY_VERIFY(!d);
    }
};

QTEST_MAIN(TestMainWindowCamera)
#include "tst_mainwindowcamera.moc"

#include "../EventTestSupport.h"

#include "attendance/Kiosk.h"
#include "attendance/Recap.h"
#include "attendance/RecapExport.h"
#include "attendance/Requests.h"
#include "attendance/ui/AttendanceDialogs.h"
#include "attendance/ui/AttendancePage.h"
#include "attendance/ui/AttendanceUiModule.h"
#include "attendance/ui/KioskWindow.h"
#include "attendance/ui/KoreksiDialog.h"
#include "attendance/ui/PinDialog.h"
#include "shell/DesktopApp.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"
#include "sync/ClockAnchor.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>

using namespace lontar;
using namespace lontar::attendance;
using namespace lontar::test;

namespace {

const QString kStaffNip = QStringLiteral("199209242019032008"); // Dewi Lestari, DISKOMINFO.APTIKA
const QString kStaffPin = QStringLiteral("246810");
const QTimeZone kWib(QByteArrayLiteral("Asia/Jakarta"));

template <typename T> T* child(QObject* w, const char* name)
{
    auto* c = w->findChild<T*>(QLatin1String(name));
    if (!c)
        qFatal("no %s", name);
    return c;
}

void shot(QWidget* w, const QString& name)
{
    QVERIFY(w->window()->grab().save(test::outputDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
}

QString cell(QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

int rowWith(QTableView* table, int column, const QString& text)
{
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (cell(table, r, column) == text)
            return r;
    }
    return -1;
}

void selectRow(QTableView* table, int row)
{
    table->selectionModel()->select(table->model()->index(row, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// A word-wrapped label shows all of its text: as tall as its text needs at its width, and not wider
// than its window.
void verifyNotCut(QLabel* label)
{
    QVERIFY(label->wordWrap());
    QCOMPARE(label->textFormat() == Qt::RichText, false); // a plain text's height-for-width is exact
    QVERIFY2(label->height() >= label->heightForWidth(label->width()),
             qPrintable(QStringLiteral("%1: %2 px high, needs %3")
                            .arg(label->objectName())
                            .arg(label->height())
                            .arg(label->heightForWidth(label->width()))));
    const QPoint right = label->mapTo(label->window(), QPoint(label->width(), 0));
    QVERIFY2(right.x() <= label->window()->width(), qPrintable(label->objectName()));
}

QTabWidget* tabs(QWidget* page)
{
    return child<QTabWidget>(page, "attendanceTabs");
}

void showTab(QWidget* page, const QString& title)
{
    QTabWidget* t = tabs(page);
    for (int i = 0; i < t->count(); ++i) {
        if (t->tabText(i) == title) {
            t->setCurrentIndex(i);
            return;
        }
    }
    qFatal("no tab %s", qPrintable(title));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// The attendance screens driven by object name on one device profile (the demo regency, enrolled as a
// device with a server time anchor): clock in and out, the week, doubts in plain words, the kiosk PIN,
// leave asked and decided by the atasan, the team, the recap of a seeded month with its exports, the kiosk
// window with its lock-out, and the shell's kiosk branch. Screenshots go to the test's output folder.
class TestAttendanceUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::list<ShellContext> m_contexts;
    QDate m_today;

    ShellContext& contextFor(const QString& username)
    {
        auto user = m_profile->identity().userByUsername(username);
        if (!user)
            qFatal("no user %s", qPrintable(username));
        m_contexts.push_back(ShellContext{*m_profile, *user, nullptr});
        return m_contexts.back();
    }

    Actor actorOf(const QString& username)
    {
        auto user = m_profile->identity().userByUsername(username);
        return *Actor::forUser(m_profile->database(), *user);
    }

    // One event as the device records it at `at` (the server's time then, its wall clock agreeing).
    void record(const QString& username, qint64 at, EventKind kind)
    {
        sync::ClientStore store(m_profile->database(), actorOf(username));
        LONTAR_VERIFY_OK(sync::ClockAnchor::record(store, at));
        ClockService service(m_profile->database(), store, actorOf(username), [at] { return at; });
        auto e = service.clock(kind);
        QVERIFY2(e.ok(), qPrintable(e.errorMessage()));
        QVERIFY2(!AttendanceFormat_hasDoubt(e->flags), qPrintable(e->flags.join(QLatin1Char(','))));
    }
    static bool AttendanceFormat_hasDoubt(const QStringList& flags)
    {
        return std::any_of(flags.cbegin(), flags.cend(),
                           [](const QString& f) { return f != flag::kTerminal; });
    }

    static qint64 at(const QDate& date, int hour, int minute)
    {
        return QDateTime(date, QTime(hour, minute), kWib).toMSecsSinceEpoch();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Theme::apply(*qApp);
        m_profile = openAttendanceProfile(m_dir.filePath(QStringLiteral("p")));
        LONTAR_VERIFY_OK(DemoData::seed(*m_profile));
        publishLocalDirectory(m_profile->database());
        // Enrolled with a server (its device id) and a server time heard now.
        sync::ClientStore store(m_profile->database());
        LONTAR_VERIFY_OK(store.setState(QStringLiteral("device_id"), newUuid()));

        // October 2026 in DISKOMINFO.APTIKA, in order (a device's chain only moves forward): the atasan on
        // time every work day; Dewi on time except 12 minutes late on the 5th and absent on the 6th.
        for (QDate d(2026, 10, 1); d.month() == 10; d = d.addDays(1)) {
            if (d.dayOfWeek() > 5)
                continue;
            record(QStringLiteral("kabid"), at(d, 7, 20), EventKind::In);
            record(QStringLiteral("kabid"), at(d, 16, 40), EventKind::Out);
            if (d.day() == 6)
                continue;
            record(QStringLiteral("staf"), at(d, 7, d.day() == 5 ? 42 : 25), EventKind::In);
            record(QStringLiteral("staf"), at(d, 16, 35), EventKind::Out);
        }
        LONTAR_VERIFY_OK(sync::ClockAnchor::record(store, QDateTime::currentMSecsSinceEpoch()));
        m_today = QDateTime::currentDateTimeUtc().toTimeZone(kWib).date();

        AttendanceUiModule module;
        QCOMPARE(module.displayName(), QStringLiteral("Absensi"));
        QVERIFY(!module.icon().isNull());
        auto kiosk = m_profile->identity().userByUsername(QStringLiteral("kios-diskominfo"));
        QVERIFY(kiosk.ok());
        QVERIFY(!module.isAvailableFor(*kiosk));
        QVERIFY(module.isAvailableFor(contextFor(QStringLiteral("staf")).user));
    }

    void clockInThenOut()
    {
        AttendancePage page(contextFor(QStringLiteral("staf")));
        page.resize(1280, 760);
        page.show();
        // A staff member: their own clock and requests, no team, no recap.
        QCOMPARE(tabs(&page)->count(), 2);
        auto* button = child<QPushButton>(&page, "attendanceClockButton");
        auto* today = child<QLabel>(&page, "attendanceTodayLabel");
        QCOMPARE(button->text(), QStringLiteral("Masuk"));
        QVERIFY(today->text().contains(QStringLiteral("Belum ada catatan hari ini")));
        QVERIFY(child<QLabel>(&page, "attendanceDateLabel")->text().contains(QString::number(m_today.day())));
        QVERIFY(!child<QLabel>(&page, "attendanceNetworkLabel")->text().isEmpty());

        QTest::mouseClick(button, Qt::LeftButton);
        auto* message = child<QLabel>(&page, "attendanceClockMessage");
        QVERIFY2(message->text().startsWith(QStringLiteral("Tercatat masuk")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("WIB")));
        QCOMPARE(button->text(), QStringLiteral("Pulang"));
        QVERIFY2(today->text().contains(QStringLiteral("Masuk ")) &&
                     today->text().contains(QStringLiteral("WIB")),
                 qPrintable(today->text()));
        QVERIFY(today->text().contains(QStringLiteral("belum tersinkron")));
        QVERIFY(!today->text().contains(QStringLiteral("UTC")));
        shot(&page, QStringLiteral("attendance-clock-in"));

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(message->text().startsWith(QStringLiteral("Tercatat pulang")), qPrintable(message->text()));
        QCOMPARE(button->text(), QStringLiteral("Masuk"));
        QVERIFY(today->text().contains(QStringLiteral("Pulang ")));
        QVERIFY(child<QLabel>(&page, "attendanceDoubtLabel")->isHidden());

        // The week: Monday to Friday; today with both times, later days not yet.
        auto* week = child<QTableView>(&page, "attendanceWeekTable");
        QCOMPARE(week->model()->rowCount(), 5);
        if (m_today.dayOfWeek() <= 5) {
            const int row = m_today.dayOfWeek() - 1;
            QVERIFY(cell(week, row, 1).endsWith(QStringLiteral("WIB")));
            QVERIFY(cell(week, row, 2).endsWith(QStringLiteral("WIB")));
            QVERIFY(cell(week, row, 3).contains(QStringLiteral("belum tersinkron")));
            if (row < 4)
                QCOMPARE(cell(week, row + 1, 3), QStringLiteral("Belum berlangsung"));
            if (row > 0) // an earlier day of this week without records
                QVERIFY(cell(week, row - 1, 1) == QStringLiteral("—"));
        }
        shot(week, QStringLiteral("attendance-week"));

        // A record from a device whose clock is three hours fast: kept, but explained and not trusted.
        {
            sync::ClientStore store(m_profile->database(), actorOf(QStringLiteral("staf")));
            ClockService fast(m_profile->database(), store, actorOf(QStringLiteral("staf")),
                              [] { return QDateTime::currentMSecsSinceEpoch() + 3 * 3600 * 1000; });
            auto e = fast.clock(EventKind::In);
            QVERIFY(e.ok());
            QVERIFY(e->flags.contains(flag::kClockOff));
        }
        page.refresh();
        auto* doubts = child<QLabel>(&page, "attendanceDoubtLabel");
        QVERIFY(!doubts->isHidden());
        QVERIFY2(doubts->text().contains(QStringLiteral("Jam perangkat 3 jam lebih cepat dari jam server")),
                 qPrintable(doubts->text()));
        QCOMPARE(button->text(), QStringLiteral("Pulang"));
        shot(&page, QStringLiteral("attendance-doubt"));
    }

    // The message after clocking is long ("Tercatat masuk … dikirim ke server …"): it wraps instead of
    // being cut, at 1024×700 and at the page's default size.
    void clockMessageWraps()
    {
        for (const QSize size : {QSize(1024, 700), QSize()}) {
            AttendancePage page(contextFor(QStringLiteral("staf")));
            if (size.isValid())
                page.resize(size);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto* button = child<QPushButton>(&page, "attendanceClockButton");
            QTest::mouseClick(button, Qt::LeftButton);
            auto* message = child<QLabel>(&page, "attendanceClockMessage");
            QVERIFY(message->text().startsWith(QStringLiteral("Tercatat")));
            QVERIFY(message->text().contains(QStringLiteral("dikirim ke server")));
            QTest::qWait(50); // posted layout requests
            shot(&page, size.isValid() ? QStringLiteral("attendance-clock-1024x700")
                                       : QStringLiteral("attendance-clock-default"));
            verifyNotCut(message);
            verifyNotCut(child<QLabel>(&page, "attendanceNetworkLabel"));
            QTest::mouseClick(button, Qt::LeftButton); // back to the state before
        }
    }

    void kioskPinTwice()
    {
        AttendancePage page(contextFor(QStringLiteral("staf")));
        page.show();
        QTest::mouseClick(child<QPushButton>(&page, "attendancePinButton"), Qt::LeftButton);
        auto* dialog = page.findChild<PinDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* pin = child<QLineEdit>(dialog, "attendancePinEdit");
        auto* repeat = child<QLineEdit>(dialog, "attendancePinRepeatEdit");
        QCOMPARE(pin->echoMode(), QLineEdit::Password);
        QTest::keyClicks(pin, QStringLiteral("12ab34")); // letters never get in
        QCOMPARE(pin->text(), QStringLiteral("1234"));
        QTest::mouseClick(child<QPushButton>(dialog, "attendancePinSaveButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, "attendancePinMessage")->text().contains(QStringLiteral("6 angka")));
        pin->setText(kStaffPin);
        repeat->setText(QStringLiteral("246811"));
        QTest::mouseClick(child<QPushButton>(dialog, "attendancePinSaveButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, "attendancePinMessage")->text().contains(QStringLiteral("tidak sama")));
        repeat->setText(kStaffPin);
        QPointer<PinDialog> guard(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "attendancePinSaveButton"), Qt::LeftButton);
        QTRY_VERIFY(!guard);
        QVERIFY(child<QLabel>(&page, "attendanceClockMessage")
                    ->text()
                    .contains(QStringLiteral("PIN kios tersimpan")));
        // The kiosk of the unit knows it now (and only the verifier was stored).
        sync::ClientStore kioskStore(m_profile->database(), actorOf(QStringLiteral("kios-diskominfo")));
        KioskSession kiosk(m_profile->database(), kioskStore, actorOf(QStringLiteral("kios-diskominfo")));
        auto who = kiosk.identify(kStaffNip, kStaffPin);
        QVERIFY2(who.ok(), qPrintable(who.errorMessage()));
        QCOMPARE(who->username, QStringLiteral("staf"));
        QCOMPARE(count(m_profile->database(),
                       QStringLiteral("SELECT COUNT(*) FROM sync_rows WHERE data LIKE ?"),
                       {QStringLiteral("%") + kStaffPin + QStringLiteral("%")}),
                 0);
    }

    void leaveRequestApprovedByAtasan()
    {
        // Two working days next week (Tuesday and Wednesday).
        const QDate tuesday = m_today.addDays(8 - m_today.dayOfWeek() + 1);
        AttendancePage staff(contextFor(QStringLiteral("staf")));
        staff.resize(1280, 760);
        staff.show();
        showTab(&staff, QStringLiteral("Cuti && Izin"));
        // A staff member is never offered decisions.
        QVERIFY(child<QGroupBox>(&staff, "waitingRequestsGroup")->isHidden());
        QVERIFY(!child<QPushButton>(&staff, "requestApproveButton")->isVisible());
        QVERIFY(child<QLabel>(&staff, "myRequestsEmptyLabel")->isVisible());
        auto* kind = child<QComboBox>(&staff, "requestKindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("cuti_tahunan")));
        QVERIFY(kind->findData(QStringLiteral("koreksi")) < 0);
        child<QDateEdit>(&staff, "requestFromDate")->setDate(tuesday);
        child<QDateEdit>(&staff, "requestUntilDate")->setDate(tuesday.addDays(1));
        QVERIFY(child<QLabel>(&staff, "requestLengthLabel")->text().contains(QStringLiteral("2 hari kerja")));
        auto* balance = child<QLabel>(&staff, "requestBalanceLabel");
        RequestService staffService(m_profile->database(), actorOf(QStringLiteral("staf")));
        const int before =
            staffService.balance(contextFor(QStringLiteral("staf")).user.id, tuesday.year())->remaining;
        QVERIFY2(balance->text().contains(QStringLiteral("<b>%1 hari</b>").arg(before)),
                 qPrintable(balance->text()));
        // Without a reason nothing is sent.
        QTest::mouseClick(child<QPushButton>(&staff, "requestSubmitButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&staff, "requestFormMessage")->text().contains(QStringLiteral("alasan")));
        child<QLineEdit>(&staff, "requestReasonEdit")->setText(QStringLiteral("Pernikahan adik di Makassar"));
        QTest::mouseClick(child<QPushButton>(&staff, "requestSubmitButton"), Qt::LeftButton);
        QVERIFY2(child<QLabel>(&staff, "requestFormMessage")->text().contains(QStringLiteral("terkirim")),
                 qPrintable(child<QLabel>(&staff, "requestFormMessage")->text()));
        auto* mine = child<QTableView>(&staff, "myRequestsTable");
        QCOMPARE(mine->model()->rowCount(), 1);
        QCOMPARE(cell(mine, 0, 0), QStringLiteral("Cuti tahunan"));
        QCOMPARE(cell(mine, 0, 4), requestStateDisplayName(RequestState::Diajukan));

        // The atasan of the unit: sees it, must give a reason to refuse, approves.
        AttendancePage kabid(contextFor(QStringLiteral("kabid")));
        kabid.resize(1280, 760);
        kabid.show();
        showTab(&kabid, QStringLiteral("Cuti && Izin"));
        auto* waiting = child<QTableView>(&kabid, "waitingRequestsTable");
        QCOMPARE(waiting->model()->rowCount(), 1);
        QCOMPARE(cell(waiting, 0, 0), QStringLiteral("Dewi Lestari, A.Md."));
        QCOMPARE(cell(waiting, 0, 3), QStringLiteral("2"));
        // The atasan's own request never waits for themselves.
        child<QComboBox>(&kabid, "requestKindCombo")
            ->setCurrentIndex(child<QComboBox>(&kabid, "requestKindCombo")->findData(QStringLiteral("izin")));
        child<QDateEdit>(&kabid, "requestFromDate")->setDate(tuesday);
        child<QDateEdit>(&kabid, "requestUntilDate")->setDate(tuesday);
        child<QLineEdit>(&kabid, "requestReasonEdit")->setText(QStringLiteral("Urusan keluarga"));
        QTest::mouseClick(child<QPushButton>(&kabid, "requestSubmitButton"), Qt::LeftButton);
        QCOMPARE(child<QTableView>(&kabid, "myRequestsTable")->model()->rowCount(), 1);
        QCOMPARE(waiting->model()->rowCount(), 1);
        QCOMPARE(cell(waiting, 0, 0), QStringLiteral("Dewi Lestari, A.Md."));

        selectRow(waiting, 0);
        QVERIFY(child<QPushButton>(&kabid, "requestApproveButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&kabid, "requestRefuseButton"), Qt::LeftButton);
        QVERIFY(
            child<QLabel>(&kabid, "decisionMessage")->text().contains(QStringLiteral("alasan penolakan")));
        QCOMPARE(waiting->model()->rowCount(), 1);
        child<QLineEdit>(&kabid, "decisionNoteEdit")->setText(QStringLiteral("Selamat, semoga lancar"));
        shot(&kabid, QStringLiteral("attendance-leave-approval"));
        QTest::mouseClick(child<QPushButton>(&kabid, "requestApproveButton"), Qt::LeftButton);
        QVERIFY2(child<QLabel>(&kabid, "decisionMessage")->text().contains(QStringLiteral("disetujui")),
                 qPrintable(child<QLabel>(&kabid, "decisionMessage")->text()));
        QCOMPARE(waiting->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(&kabid, "waitingRequestsEmptyLabel")->isVisible());

        // Back on the staff member's screen: approved, by whom, and the balance two days lower.
        staff.refresh();
        QVERIFY(cell(mine, 0, 4).startsWith(requestStateDisplayName(RequestState::Disetujui)));
        QVERIFY(cell(mine, 0, 4).contains(QStringLiteral("Andi Saputra")));
        QVERIFY2(balance->text().contains(QStringLiteral("<b>%1 hari</b>").arg(before - 2)),
                 qPrintable(balance->text()));
        shot(&staff, QStringLiteral("attendance-leave-mine"));
    }

    // A refusal tells the requester why: in the list, its tooltip and the detail under it.
    void refusalNoteShownToRequester()
    {
        const QDate day = m_today.addDays(15 - m_today.dayOfWeek()); // a Monday two weeks on
        auto id =
            RequestService(m_profile->database(), actorOf(QStringLiteral("staf")))
                .submit(
                    {RequestKind::Izin, day, day, QStringLiteral("Mengantar orang tua berobat"), {}, {}, 0});
        LONTAR_VERIFY_OK(id);
        AttendancePage kabid(contextFor(QStringLiteral("kabid")));
        kabid.resize(1280, 760);
        kabid.show();
        showTab(&kabid, QStringLiteral("Cuti && Izin"));
        auto* waiting = child<QTableView>(&kabid, "waitingRequestsTable");
        const int row = rowWith(waiting, 4, QStringLiteral("Mengantar orang tua berobat"));
        QVERIFY(row >= 0);
        selectRow(waiting, row);
        const QString note = QStringLiteral("Hari itu ada pemeriksaan BPK; mohon ajukan tanggal lain");
        child<QLineEdit>(&kabid, "decisionNoteEdit")->setText(note);
        QTest::mouseClick(child<QPushButton>(&kabid, "requestRefuseButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&kabid, "decisionMessage")->text().contains(QStringLiteral("ditolak")));

        AttendancePage staff(contextFor(QStringLiteral("staf")));
        staff.resize(1280, 760);
        staff.show();
        showTab(&staff, QStringLiteral("Cuti && Izin"));
        auto* mine = child<QTableView>(&staff, "myRequestsTable");
        const int r = rowWith(mine, 3, QStringLiteral("Mengantar orang tua berobat"));
        QVERIFY(r >= 0);
        QVERIFY2(cell(mine, r, 4).startsWith(QStringLiteral("Ditolak oleh Andi Saputra")) &&
                     cell(mine, r, 4).contains(note),
                 qPrintable(cell(mine, r, 4)));
        QVERIFY(mine->model()->index(r, 4).data(Qt::ToolTipRole).toString().contains(note));
        auto* detail = child<QLabel>(&staff, "myRequestDetailLabel");
        QVERIFY(detail->isHidden());
        selectRow(mine, r);
        QVERIFY(detail->isVisible());
        QVERIFY2(detail->text().contains(note), qPrintable(detail->text()));
        QVERIFY(!child<QPushButton>(&staff, "requestCancelButton")->isEnabled());
        shot(&staff, QStringLiteral("attendance-leave-refused"));
    }

    // Today's flagged record (clockInThenOut: a clock three hours fast): the clock page names the doubt and
    // offers "Ajukan koreksi…", the dialog comes filled in, the atasan sees the record in the approval list
    // and approves, and the recap then counts the record.
    void koreksiFromAFlaggedRecord()
    {
        const QString stafId = contextFor(QStringLiteral("staf")).user.id;
        AttendanceRecap recap(m_profile->database());
        auto before = recap.days(stafId, m_today, m_today);
        LONTAR_VERIFY_OK(before);
        const bool workDay = before->first().isWorkDay() && before->first().kind != DayKind::Leave;
        if (workDay)
            QCOMPARE(before->first().ignoredEvents, 1);

        AttendancePage staff(contextFor(QStringLiteral("staf")));
        staff.resize(1280, 760);
        staff.show();
        auto* ask = child<QPushButton>(&staff, "attendanceKoreksiButton");
        QVERIFY(ask->isVisible());
        // The same from the week: today's row names the doubt.
        if (m_today.dayOfWeek() <= 5) {
            auto* week = child<QTableView>(&staff, "attendanceWeekTable");
            auto* weekAsk = child<QPushButton>(&staff, "attendanceWeekKoreksiButton");
            QVERIFY(!weekAsk->isEnabled());
            selectRow(week, m_today.dayOfWeek() - 1);
            QVERIFY(weekAsk->isEnabled());
            QVERIFY2(child<QLabel>(&staff, "attendanceWeekDetailLabel")
                         ->text()
                         .contains(QStringLiteral("3 jam lebih cepat")),
                     qPrintable(child<QLabel>(&staff, "attendanceWeekDetailLabel")->text()));
            shot(&staff, QStringLiteral("attendance-week-doubt"));
        }
        QTest::mouseClick(ask, Qt::LeftButton);
        auto* dialog = staff.findChild<KoreksiDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(child<QLabel>(dialog, "koreksiKindLabel")->text(), QStringLiteral("Koreksi kehadiran"));
        QVERIFY(child<QLabel>(dialog, "koreksiDayLabel")->text().contains(QString::number(m_today.day())));
        QVERIFY(child<QComboBox>(dialog, "koreksiEventCombo")
                    ->currentText()
                    .startsWith(QStringLiteral("Masuk ")));
        QVERIFY2(child<QLabel>(dialog, "koreksiDoubtLabel")
                     ->text()
                     .contains(QStringLiteral("Jam perangkat 3 jam lebih cepat dari jam server")),
                 qPrintable(child<QLabel>(dialog, "koreksiDoubtLabel")->text()));
        QTest::mouseClick(child<QPushButton>(dialog, "koreksiSubmitButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, "koreksiMessage")->text().contains(QStringLiteral("alasan")));
        child<QLineEdit>(dialog, "koreksiReasonEdit")->setText(QStringLiteral("Jam laptop belum disetel"));
        shot(dialog, QStringLiteral("attendance-koreksi-dialog"));
        QPointer<KoreksiDialog> guard(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "koreksiSubmitButton"), Qt::LeftButton);
        QTRY_VERIFY(!guard);
        QVERIFY(child<QLabel>(&staff, "attendanceClockMessage")
                    ->text()
                    .contains(QStringLiteral("Koreksi diajukan")));
        QVERIFY(ask->isHidden()); // named by a waiting koreksi: not asked twice
        showTab(&staff, QStringLiteral("Cuti && Izin"));
        auto* mine = child<QTableView>(&staff, "myRequestsTable");
        QVERIFY(rowWith(mine, 0, QStringLiteral("Koreksi kehadiran")) >= 0);

        AttendancePage kabid(contextFor(QStringLiteral("kabid")));
        kabid.resize(1280, 760);
        kabid.show();
        showTab(&kabid, QStringLiteral("Cuti && Izin"));
        auto* waiting = child<QTableView>(&kabid, "waitingRequestsTable");
        const int row = rowWith(waiting, 1, QStringLiteral("Koreksi kehadiran"));
        QVERIFY(row >= 0);
        QCOMPARE(cell(waiting, row, 0), QStringLiteral("Dewi Lestari, A.Md."));
        QVERIFY2(cell(waiting, row, 4).contains(QStringLiteral("lebih cepat")) &&
                     cell(waiting, row, 4).contains(QStringLiteral("Jam laptop belum disetel")),
                 qPrintable(cell(waiting, row, 4)));
        selectRow(waiting, row);
        shot(&kabid, QStringLiteral("attendance-koreksi-approval"));
        QTest::mouseClick(child<QPushButton>(&kabid, "requestApproveButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&kabid, "decisionMessage")->text().contains(QStringLiteral("disetujui")));

        auto after = recap.days(stafId, m_today, m_today);
        LONTAR_VERIFY_OK(after);
        if (workDay) {
            QCOMPARE(after->first().ignoredEvents, 0);
            QCOMPARE(after->first().kind, DayKind::Present);
        }
        staff.refresh();
        QVERIFY(cell(mine, rowWith(mine, 0, QStringLiteral("Koreksi kehadiran")), 4)
                    .startsWith(requestStateDisplayName(RequestState::Disetujui)));
    }

    void teamShowsDoubts()
    {
        AttendancePage page(contextFor(QStringLiteral("kabid")));
        page.resize(1280, 760);
        page.show();
        showTab(&page, QStringLiteral("Tim"));
        auto* table = child<QTableView>(&page, "teamTable");
        QTRY_VERIFY(table->model()->rowCount() >= 2);
        const int dewi = rowWith(table, 0, QStringLiteral("Dewi Lestari, A.Md."));
        QVERIFY(dewi >= 0);
        QCOMPARE(cell(table, dewi, 1), kStaffNip);
        if (m_today.dayOfWeek() <= 5) {
            QVERIFY(cell(table, dewi, 2).endsWith(QStringLiteral("WIB")));
            QVERIFY2(cell(table, dewi, 5).contains(QStringLiteral("lebih cepat")) ||
                         cell(table, dewi, 5).contains(QStringLiteral("Jam perangkat")),
                     qPrintable(cell(table, dewi, 5)));
        }
        selectRow(table, dewi);
        auto* detail = child<QLabel>(&page, "teamDetailLabel");
        QVERIFY2(detail->text().contains(QStringLiteral("3 jam lebih cepat")), qPrintable(detail->text()));
        // A week of October: the 5th late (TL1), the 6th absent.
        child<QComboBox>(&page, "teamRangeCombo")->setCurrentIndex(1);
        child<QDateEdit>(&page, "teamDateEdit")->setDate(QDate(2026, 10, 7));
        QTRY_COMPARE(table->model()->columnCount(), 7);
        QTRY_VERIFY(cell(table, rowWith(table, 0, QStringLiteral("Dewi Lestari, A.Md.")), 2)
                        .contains(QStringLiteral("TL1")));
        const int row = rowWith(table, 0, QStringLiteral("Dewi Lestari, A.Md."));
        QCOMPARE(cell(table, row, 3), QStringLiteral("Tanpa keterangan"));
        QVERIFY(cell(table, row, 4).startsWith(QStringLiteral("07.25–16.35")));
        shot(&page, QStringLiteral("attendance-team"));
    }

    void recapOfSeededMonth()
    {
        QString signed_;
        AttendancePage page(contextFor(QStringLiteral("kabid")),
                            [&signed_](const QString& p) { signed_ = p; });
        page.resize(1440, 800);
        page.show();
        showTab(&page, QStringLiteral("Rekap Bulanan"));
        auto* month = child<QComboBox>(&page, "recapMonthCombo");
        month->setCurrentIndex(month->findData(10));
        QCOMPARE(month->currentText(), QStringLiteral("Oktober"));
        child<QSpinBox>(&page, "recapYearSpin")->setValue(2026);
        QVERIFY(!child<QPushButton>(&page, "recapCsvButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&page, "recapShowButton"), Qt::LeftButton);
        auto* table = child<QTableView>(&page, "recapTable");
        QTRY_VERIFY(table->model()->rowCount() >= 2);
        QTRY_VERIFY(child<QPushButton>(&page, "recapCsvButton")->isEnabled());
        // The headers a civil servant reads.
        QStringList headers;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            headers.append(table->model()->headerData(c, Qt::Horizontal).toString());
        QCOMPARE(headers.mid(0, 16),
                 (QStringList{QStringLiteral("NIP"), QStringLiteral("Nama"), QStringLiteral("Unit"),
                              QStringLiteral("Hari kerja"), QStringLiteral("Hadir"), QStringLiteral("TL1"),
                              QStringLiteral("TL2"), QStringLiteral("TL3"), QStringLiteral("TL4"),
                              QStringLiteral("PSW1"), QStringLiteral("PSW2"), QStringLiteral("PSW3"),
                              QStringLiteral("PSW4"), QStringLiteral("Tanpa keterangan"),
                              QStringLiteral("Cuti/izin"), QStringLiteral("Potongan %")}));
        // Dewi: every work day but one present, late once (TL1), absent once: 0.5 % + 5 %.
        const int dewi = rowWith(table, 0, kStaffNip);
        QVERIFY(dewi >= 0);
        int weekdays = 0;
        for (QDate d(2026, 10, 1); d.month() == 10; d = d.addDays(1))
            weekdays += d.dayOfWeek() <= 5 && !HolidayList::shipped().find(d) ? 1 : 0;
        QCOMPARE(cell(table, dewi, 3).toInt(), weekdays);
        QCOMPARE(cell(table, dewi, 4).toInt(), weekdays - 1);
        QCOMPARE(cell(table, dewi, 5), QStringLiteral("1"));
        QCOMPARE(cell(table, dewi, 6), QStringLiteral("0"));
        QCOMPARE(cell(table, dewi, 13), QStringLiteral("1"));
        QCOMPARE(cell(table, dewi, 15), QStringLiteral("5,50"));
        const int kabid = rowWith(table, 0, QStringLiteral("198407112009011003"));
        QCOMPARE(cell(table, kabid, 4).toInt(), weekdays);
        QCOMPARE(cell(table, kabid, 15), QStringLiteral("0"));
        // Nothing was synced: every row is provisional, and says so.
        QVERIFY(cell(table, dewi, 16).startsWith(QStringLiteral("Sementara")));
        QVERIFY(child<QLabel>(&page, "recapSummaryLabel")->text().contains(QStringLiteral("sementara")));
        QVERIFY(child<QLabel>(&page, "recapSummaryLabel")->text().contains(QStringLiteral("Oktober 2026")));
        shot(&page, QStringLiteral("attendance-recap"));

        // CSV: what the table shows, in the payroll's columns.
        const QString csv = test::outputDir() + QStringLiteral("/rekap-oktober.csv");
        QFile::remove(csv);
        dialogs::setNextFileName(csv);
        QTest::mouseClick(child<QPushButton>(&page, "recapCsvButton"), Qt::LeftButton);
        const QByteArray csvBytes = readAll(csv);
        QVERIFY(csvBytes.startsWith(recapCsvHeader().toUtf8()));
        QVERIFY(csvBytes.contains(kStaffNip.toUtf8()));
        QVERIFY(csvBytes.contains(",5.5") || csvBytes.contains(",5.50"));
        QVERIFY(child<QLabel>(&page, "recapMessage")->text().contains(QStringLiteral("tersimpan")));
        // A cancelled dialog writes nothing.
        dialogs::setNextFileName(QString());
        QFile::remove(csv);
        QTest::mouseClick(child<QPushButton>(&page, "recapCsvButton"), Qt::LeftButton);
        QVERIFY(!QFile::exists(csv));

        // PDF off the UI thread, with progress, then to the signing page.
        const QString pdf = test::outputDir() + QStringLiteral("/rekap-oktober.pdf");
        QFile::remove(pdf);
        dialogs::setNextFileName(pdf);
        QTest::mouseClick(child<QPushButton>(&page, "recapPdfButton"), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(pdf));
        QTRY_VERIFY(child<QPushButton>(&page, "recapPdfButton")->isEnabled());
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        QVERIFY(signed_.isEmpty());
        const QString toSign = test::outputDir() + QStringLiteral("/rekap-oktober-ttd.pdf");
        QFile::remove(toSign);
        dialogs::setNextFileName(toSign);
        QTest::mouseClick(child<QPushButton>(&page, "recapSignButton"), Qt::LeftButton);
        QTRY_COMPARE(signed_, toSign);
        QVERIFY(readAll(toSign).startsWith("%PDF-"));
    }

    void kioskLockOutUnlockAndClock()
    {
        ShellContext& context = contextFor(QStringLiteral("kios-diskominfo"));
        KioskWindow window(context);
        window.resize(1280, 800);
        window.setResultDurationMs(60000);
        window.show();
        auto* nip = child<QLineEdit>(&window, "kioskNipEdit");
        auto* pin = child<QLineEdit>(&window, "kioskPinEdit");
        auto* result = child<QLabel>(&window, "kioskResultLabel");
        QCOMPARE(pin->echoMode(), QLineEdit::Password);
        QVERIFY(child<QLabel>(&window, "kioskDateLabel")->text().startsWith(QStringLiteral("WIB")));
        QVERIFY(child<QLabel>(&window, "kioskClockLabel")->text().contains(QLatin1Char('.')));
        // No way to other modules: the window has no navigation and no menu.
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("moduleNavigationList")));

        for (int i = 0; i < 4; ++i) {
            nip->setText(kStaffNip);
            pin->setText(QStringLiteral("000000"));
            QTest::mouseClick(child<QPushButton>(&window, "kioskInButton"), Qt::LeftButton);
            QCOMPARE(result->text(), QStringLiteral("NIP atau PIN salah"));
            QVERIFY(pin->text().isEmpty());
        }
        nip->setText(kStaffNip);
        pin->setText(QStringLiteral("000000"));
        QTest::mouseClick(child<QPushButton>(&window, "kioskInButton"), Qt::LeftButton);
        QVERIFY2(result->text().contains(QStringLiteral("dikunci")), qPrintable(result->text()));
        // Locked: even the right PIN does not clock.
        pin->setText(kStaffPin);
        QTest::mouseClick(child<QPushButton>(&window, "kioskInButton"), Qt::LeftButton);
        QVERIFY(result->text().contains(QStringLiteral("dikunci")));
        shot(&window, QStringLiteral("attendance-kiosk-locked"));

        // Closing without an admin does nothing.
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(child<QFrame>(&window, "kioskAdminPanel")->isVisible());
        // A staff member's password is not an admin's; the admin's wrong password neither.
        child<QLineEdit>(&window, "kioskAdminUserEdit")->setText(QStringLiteral("staf"));
        child<QLineEdit>(&window, "kioskAdminPasswordEdit")->setText(DemoData::demoPassword());
        QTest::mouseClick(child<QPushButton>(&window, "kioskUnlockButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&window, "kioskAdminMessage")->text().contains(QStringLiteral("admin OPD")));
        child<QLineEdit>(&window, "kioskAdminUserEdit")->setText(QStringLiteral("admin"));
        child<QLineEdit>(&window, "kioskAdminPasswordEdit")->setText(QStringLiteral("salah-sekali"));
        QTest::mouseClick(child<QPushButton>(&window, "kioskUnlockButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(&window, "kioskAdminMessage")->text().isEmpty());
        QVERIFY(child<QLineEdit>(&window, "kioskAdminPasswordEdit")->text().isEmpty());
        child<QLineEdit>(&window, "kioskAdminPasswordEdit")->setText(DemoData::demoPassword());
        QTest::mouseClick(child<QPushButton>(&window, "kioskUnlockButton"), Qt::LeftButton);
        QCOMPARE(result->text(), QStringLiteral("Semua kunci PIN sudah dibuka."));
        QVERIFY(!child<QFrame>(&window, "kioskAdminPanel")->isVisible());

        nip->setText(kStaffNip);
        pin->setText(kStaffPin);
        QTest::mouseClick(child<QPushButton>(&window, "kioskOutButton"), Qt::LeftButton);
        QVERIFY2(result->text().startsWith(QStringLiteral("Dewi Lestari, A.Md. — pulang ")),
                 qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("WIB")));
        QVERIFY(nip->text().isEmpty() && pin->text().isEmpty());
        shot(&window, QStringLiteral("attendance-kiosk"));
        // The result goes after its time.
        window.setResultDurationMs(50);
        nip->setText(kStaffNip);
        pin->setText(kStaffPin);
        QTest::mouseClick(child<QPushButton>(&window, "kioskInButton"), Qt::LeftButton);
        QVERIFY(result->text().contains(QStringLiteral("masuk")));
        QTRY_VERIFY(result->text().isEmpty());

        // Lock Dewi's NIP again before the admin leaves: leaving must not lift it.
        window.setResultDurationMs(60000);
        for (int i = 0; i < 5; ++i) {
            nip->setText(kStaffNip);
            pin->setText(QStringLiteral("000000"));
            QTest::mouseClick(child<QPushButton>(&window, "kioskInButton"), Qt::LeftButton);
        }
        QVERIFY(result->text().contains(QStringLiteral("dikunci")));

        // Leaving takes the admin's password (a wrong one keeps the kiosk open).
        QTest::mouseClick(child<QPushButton>(&window, "kioskAdminButton"), Qt::LeftButton);
        child<QLineEdit>(&window, "kioskAdminUserEdit")->setText(QStringLiteral("admin"));
        child<QLineEdit>(&window, "kioskAdminPasswordEdit")->setText(QStringLiteral("salah-sekali"));
        QTest::mouseClick(child<QPushButton>(&window, "kioskExitButton"), Qt::LeftButton);
        QVERIFY(!window.leaveAllowed());
        QVERIFY(window.isVisible());
        child<QLineEdit>(&window, "kioskAdminPasswordEdit")->setText(DemoData::demoPassword());
        QTest::mouseClick(child<QPushButton>(&window, "kioskExitButton"), Qt::LeftButton);
        QVERIFY(window.leaveAllowed());
        QVERIFY(!window.isVisible());

        // The kiosk opened again on the same profile: Dewi's NIP is still locked.
        KioskWindow again(context);
        again.setResultDurationMs(60000);
        again.show();
        child<QLineEdit>(&again, "kioskNipEdit")->setText(kStaffNip);
        child<QLineEdit>(&again, "kioskPinEdit")->setText(kStaffPin);
        QTest::mouseClick(child<QPushButton>(&again, "kioskInButton"), Qt::LeftButton);
        QVERIFY2(child<QLabel>(&again, "kioskResultLabel")->text().contains(QStringLiteral("dikunci")),
                 qPrintable(child<QLabel>(&again, "kioskResultLabel")->text()));
        // Unlocking stays the admin's explicit act.
        QTest::mouseClick(child<QPushButton>(&again, "kioskAdminButton"), Qt::LeftButton);
        child<QLineEdit>(&again, "kioskAdminUserEdit")->setText(QStringLiteral("admin"));
        child<QLineEdit>(&again, "kioskAdminPasswordEdit")->setText(DemoData::demoPassword());
        QTest::mouseClick(child<QPushButton>(&again, "kioskUnlockButton"), Qt::LeftButton);
        child<QLineEdit>(&again, "kioskNipEdit")->setText(kStaffNip);
        child<QLineEdit>(&again, "kioskPinEdit")->setText(kStaffPin);
        QTest::mouseClick(child<QPushButton>(&again, "kioskOutButton"), Qt::LeftButton);
        QVERIFY2(child<QLabel>(&again, "kioskResultLabel")->text().contains(QStringLiteral("pulang")),
                 qPrintable(child<QLabel>(&again, "kioskResultLabel")->text()));
        QTest::mouseClick(child<QPushButton>(&again, "kioskAdminButton"), Qt::LeftButton);
        child<QLineEdit>(&again, "kioskAdminUserEdit")->setText(QStringLiteral("admin"));
        child<QLineEdit>(&again, "kioskAdminPasswordEdit")->setText(DemoData::demoPassword());
        QTest::mouseClick(child<QPushButton>(&again, "kioskExitButton"), Qt::LeftButton);
        QVERIFY(again.leaveAllowed());
    }

    void shellGivesKioskAccountOnlyTheKioskWindow()
    {
        QTemporaryDir dir;
        sync::SyncClientModule syncModule;
        AttendanceModule attendanceModule;
        DesktopApp desktop({&syncModule, &attendanceModule}, {});
        bool fullScreen = false;
        bool mainWindow = true;
        desktop.setKioskWindowFactory([&](ShellContext& context) {
            auto window = AttendanceUiModule::createKioskWindow(context);
            QTimer::singleShot(200, window.get(), [&] {
                fullScreen = false;
                mainWindow = false;
                for (QWidget* w : QApplication::topLevelWidgets()) {
                    if (w->isVisible() && w->objectName() == QStringLiteral("kioskWindow"))
                        fullScreen = w->isFullScreen();
                    if (w->isVisible() && qobject_cast<MainWindow*>(w))
                        mainWindow = true;
                }
            });
            return window;
        });
        DesktopOptions options;
        options.profileDirectory = dir.filePath(QStringLiteral("p"));
        options.autoLoginUser = QStringLiteral("kios-diskominfo");
        options.autoQuitMs = 600;
        QCOMPARE(desktop.run(*qApp, options), 0);
        QVERIFY(fullScreen);
        QVERIFY(!mainWindow);
    }
};

QTEST_MAIN(TestAttendanceUi)
#include "tst_attendanceui.moc"

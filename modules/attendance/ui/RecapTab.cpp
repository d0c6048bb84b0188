#include "attendance/ui/RecapTab.h"

#include "attendance/Recap.h"
#include "attendance/RecapExport.h"
#include "attendance/ui/AttendanceDialogs.h"
#include "attendance/ui/AttendanceModels.h"
#include "attendance/ui/AttendanceSession.h"
#include "attendance/ui/BackgroundTask.h"
#include "shell/Theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace lontar::attendance {

namespace {

// All or nothing: a half-written recap must never be taken for the whole one.
Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(RecapTab::tr("Berkas %1 tidak dapat ditulis: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     Error::Code::Io);
    return {};
}

} // namespace

RecapTab::RecapTab(AttendanceSession& session, SignHandler signHandler, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_signHandler(std::move(signHandler))
{
    setObjectName(QStringLiteral("attendanceRecapTab"));
    const QDate today = m_session.today();
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("recapMonthCombo"));
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(periodName(2000, m).section(QLatin1Char(' '), 0, 0), m);
    m_month->setCurrentIndex(today.month() - 1);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("recapYearSpin"));
    m_year->setRange(2020, 2100);
    m_year->setValue(today.year());
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("recapUnitCombo"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (m_session.seesWholeRegency())
        m_unit->addItem(tr("Semua unit"), QString());
    for (const OrgUnit& u : m_session.visibleUnits())
        m_unit->addItem(tr("%1 (dengan sub-unit)").arg(u.name), u.code);
    if (!m_session.seesWholeRegency()) {
        auto own = m_session.context().profile.identity().unitById(m_session.user().unitId);
        if (own)
            m_unit->setCurrentIndex(qMax(0, m_unit->findData(own->code)));
    }
    m_show = new QPushButton(tr("Tampilkan"), this);
    m_show->setObjectName(QStringLiteral("recapShowButton"));
    m_show->setProperty("primary", true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("recapProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Bulan"), this));
    filters->addWidget(m_month);
    filters->addWidget(m_year);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Unit"), this));
    filters->addWidget(m_unit);
    filters->addWidget(m_show);
    filters->addWidget(m_progress);
    filters->addStretch(1);

    m_model = new RecapModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recapTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("recapSummaryLabel"));
    m_summary->setWordWrap(true);
    m_empty = new QLabel(tr("Pilih bulan dan unit, lalu tekan Tampilkan."), this);
    m_empty->setObjectName(QStringLiteral("recapEmptyLabel"));
    m_empty->setProperty("muted", true);
    m_empty->setWordWrap(true);
    m_csv = new QPushButton(tr("Ekspor CSV…"), this);
    m_csv->setObjectName(QStringLiteral("recapCsvButton"));
    m_pdf = new QPushButton(tr("Ekspor PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("recapPdfButton"));
    m_sign = new QPushButton(tr("Tanda tangani PDF…"), this);
    m_sign->setObjectName(QStringLiteral("recapSignButton"));
    m_sign->setToolTip(tr("Menyimpan laporan PDF lalu membukanya di Tanda Tangan Elektronik"));
    for (QPushButton* b : {m_csv, m_pdf, m_sign})
        b->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("recapMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_csv);
    actions->addWidget(m_pdf);
    actions->addWidget(m_sign);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_show, &QPushButton::clicked, this, &RecapTab::load);
    connect(m_csv, &QPushButton::clicked, this, &RecapTab::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportPdf(false); });
    connect(m_sign, &QPushButton::clicked, this, [this] { exportPdf(true); });
}

void RecapTab::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(error ? Theme::kError : Theme::kOk)));
    m_message->setText(text);
}

void RecapTab::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_progress->setFormat(what);
    m_progress->setVisible(busy);
    m_show->setEnabled(!busy);
    const bool haveRows = m_model->rowCount() > 0;
    m_csv->setEnabled(!busy && haveRows);
    m_pdf->setEnabled(!busy && haveRows);
    m_sign->setEnabled(!busy && haveRows);
}

void RecapTab::load()
{
    if (m_busy)
        return;
    const int year = m_year->value();
    const int month = m_month->currentData().toInt();
    const QString unit = m_unit->currentData().toString();
    const QString unitName = m_unit->currentText();
    m_message->clear();
    setBusy(true, tr("Menghitung rekap…"));
    runInBackground<QList<RecapRow>>(
        this, m_session.db().location(),
        [year, month, unit](Database& db) { return AttendanceRecap(db).month(year, month, unit); },
        [this, year, month, unit, unitName](Result<QList<RecapRow>> rows) {
            if (!rows) {
                m_model->setRows({});
                setBusy(false);
                m_summary->clear();
                m_empty->setText(rows.errorMessage());
                m_empty->show();
                return;
            }
            m_shownYear = year;
            m_shownMonth = month;
            m_shownUnit = unit;
            m_shownUnitName = unitName;
            m_model->setRows(std::move(*rows));
            setBusy(false);
            int provisional = 0;
            for (const RecapRow& r : m_model->rows())
                provisional += r.provisionalDays > 0 ? 1 : 0;
            QString summary = tr("%1 — %2: %n pegawai", nullptr, m_model->rowCount())
                                  .arg(periodName(year, month), unitName);
            if (provisional > 0)
                summary += QStringLiteral(" · ") +
                           tr("%n baris masih sementara (ditandai kuning): ada perangkat yang belum "
                              "tersinkron sejak hari itu berakhir",
                              nullptr, provisional);
            m_summary->setText(summary);
            m_empty->setText(tr("Tidak ada pegawai ber-NIP di unit ini."));
            m_empty->setVisible(m_model->rowCount() == 0);
        });
}

QString RecapTab::suggestedName(const QString& extension) const
{
    QString unit = m_shownUnit.isEmpty() ? QStringLiteral("kabupaten") : m_shownUnit;
    unit.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    return QDir::homePath() + QStringLiteral("/rekap-absensi-%1-%2-%3.%4")
                                  .arg(m_shownYear)
                                  .arg(m_shownMonth, 2, 10, QLatin1Char('0'))
                                  .arg(unit.toLower(), extension);
}

void RecapTab::exportCsv()
{
    const QString path = dialogs::askSaveFile(this, tr("Simpan rekap sebagai CSV"), tr("Berkas CSV (*.csv)"),
                                              suggestedName(QStringLiteral("csv")));
    if (path.isEmpty())
        return;
    if (Status s = writeFileAtomically(path, recapCsv(m_model->rows())); !s) {
        showMessage(s.errorMessage(), true);
        return;
    }
    showMessage(tr("Rekap tersimpan di %1").arg(QDir::toNativeSeparators(path)), false);
}

void RecapTab::exportPdf(bool thenSign)
{
    const QString path = dialogs::askSaveFile(
        this, thenSign ? tr("Simpan laporan PDF untuk ditandatangani") : tr("Simpan rekap sebagai PDF"),
        tr("Dokumen PDF (*.pdf)"), suggestedName(QStringLiteral("pdf")));
    if (path.isEmpty())
        return;
    setBusy(true, tr("Membuat PDF…"));
    const QList<RecapRow> rows = m_model->rows();
    RecapPdfInfo info;
    info.regency = m_session.context().profile.settings().value(Settings::regencyNameKey());
    info.unitName = m_shownUnitName;
    info.period = periodName(m_shownYear, m_shownMonth);
    info.generatedBy = m_session.user().fullName;
    info.generatedAtMs = m_session.nowMs();
    info.timeZone = m_session.timeZone();
    runInBackground<bool>(
        this, m_session.db().location(),
        [rows, info, path](Database&) -> Result<bool> {
            if (Status s = writeRecapPdf(rows, info, path); !s)
                return s.error();
            return true;
        },
        [this, path, thenSign](Result<bool> done) {
            setBusy(false);
            if (!done) {
                showMessage(done.errorMessage(), true);
                return;
            }
            if (thenSign && m_signHandler) {
                showMessage(tr("Laporan tersimpan di %1 dan dibuka di Tanda Tangan Elektronik.")
                                .arg(QDir::toNativeSeparators(path)),
                            false);
                m_signHandler(path);
                return;
            }
            showMessage(thenSign ? tr("Laporan tersimpan di %1. Buka modul Tanda Tangan Elektronik untuk "
                                      "menandatanganinya.")
                                       .arg(QDir::toNativeSeparators(path))
                                 : tr("Laporan PDF tersimpan di %1").arg(QDir::toNativeSeparators(path)),
                        false);
        });
}

} // namespace lontar::attendance

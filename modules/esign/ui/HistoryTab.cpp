#include "esign/ui/HistoryTab.h"

#include "core/OfficeTime.h"
#include "esign/EsignModule.h"
#include "esign/EsignSettings.h"
#include "shell/Theme.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lontar::esign {

namespace {} // namespace

HistoryTab::HistoryTab(ShellContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_timeZone(EsignSettings(context.profile).officeTimeZone(context.user))
{
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("historyScopeComboBox"));
    m_scope->addItem(tr("Tanda tangan saya"));
    m_scope->addItem(tr("Semua yang dapat saya lihat"));
    m_scope->setVisible(context.user.hasRole(Role::Atasan));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Waktu"), tr("Dokumen"), tr("Penanda tangan"), tr("Hasil")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_empty = new QLabel(tr("Belum ada penandatanganan. Dokumen yang Anda tandatangani atau gagal "
                            "ditandatangani tercatat di sini dan di log audit."),
                         this);
    m_empty->setObjectName(QStringLiteral("historyEmptyLabel"));
    m_empty->setProperty("muted", true);
    m_empty->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &HistoryTab::reload);
}

void HistoryTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void HistoryTab::reload()
{
    m_table->setRowCount(0);
    auto actor = Actor::forUser(m_context.profile.database(), m_context.user);
    if (!actor)
        return;
    SigningHistory history(m_context.profile.database(), m_context.profile.audit(), *actor);
    auto rows = m_scope->currentIndex() == 0 ? history.mine() : history.visible();
    if (!rows)
        return;
    for (const SigningRecord& r : *rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(r.signedAtMs, Qt::UTC);
        m_table->setItem(row, 0, new QTableWidgetItem(formatOfficeTime(at, m_timeZone, TimeStyle::Short)));
        m_table->setItem(row, 1, new QTableWidgetItem(r.documentName));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(r.signerNip.isEmpty()
                                                  ? r.signerName
                                                  : tr("%1 (NIP %2)").arg(r.signerName, r.signerNip)));
        const bool ok = r.outcome == QLatin1String("signed");
        auto* outcome =
            new QTableWidgetItem(ok ? (r.pending ? tr("Berhasil, belum terkirim ke server") : tr("Berhasil"))
                                    : tr("Gagal: %1").arg(r.error));
        outcome->setForeground(QColor(QLatin1String(ok ? Theme::kOk : Theme::kError)));
        m_table->setItem(row, 3, outcome);
    }
    m_empty->setVisible(m_table->rowCount() == 0);
    m_table->setVisible(m_table->rowCount() > 0);
}

void HistoryTab::record(ShellContext& context, const QString& input, const QString& output,
                        const QString& recordId, const QString& error, const QString& level,
                        const QString& documentSha256)
{
    auto actor = Actor::forUser(context.profile.database(), context.user);
    if (!actor) {
        qWarning("esign history: %s", qPrintable(actor.errorMessage()));
        return;
    }
    SigningHistory history(context.profile.database(), context.profile.audit(), *actor);
    SigningRecord record;
    record.id = recordId;
    record.documentName = QFileInfo(input).fileName();
    record.level = level;
    record.documentSha256 = documentSha256.isEmpty() ? fileSha256(input) : documentSha256;
    const bool ok = !output.isEmpty();
    record.outcome = ok ? QStringLiteral("signed") : QStringLiteral("failed");
    record.signedSha256 = fileSha256(output);
    record.error = ok ? QString() : (error.isEmpty() ? tr("Gagal menandatangani") : error);
    if (auto r = history.record(record); !r)
        qWarning("esign history: %s", qPrintable(r.errorMessage()));
}

} // namespace lontar::esign

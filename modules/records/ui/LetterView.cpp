#include "records/ui/LetterView.h"

#include "core/Identity.h"
#include "records/Dispositions.h"
#include "records/Instruments.h"
#include "records/LetterIndex.h"
#include "records/RecordsPolicies.h"
#include "records/ui/LetterForm.h"
#include "records/ui/LettersFormat.h"
#include "records/ui/LettersPdfPreview.h"
#include "records/ui/RecordsScreens.h"
#include "records/ui/RecordsSession.h"
#include "shell/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QThread>
#include <QVBoxLayout>

namespace lontar::records {

namespace {

QLabel* valueLabel(const QString& name, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

LetterView::LetterView(RecordsSession& session, const QString& letterId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(letterId)
{
    setObjectName(QStringLiteral("recordsLetterView"));
    setWindowTitle(tr("Naskah masuk"));
    resize(1220, 800);

    // Left: what the letter is and what can be done with it; right: its pages.
    auto* info = new QWidget;
    auto* infoLayout = new QVBoxLayout(info);
    m_subject = valueLabel(QStringLiteral("recordsViewSubject"), info);
    m_subject->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    m_security = new QLabel(info);
    m_security->setObjectName(QStringLiteral("recordsViewSecurity"));
    m_status = new QLabel(info);
    m_status->setObjectName(QStringLiteral("recordsViewStatus"));
    auto* badges = new QHBoxLayout;
    badges->addWidget(m_security);
    badges->addWidget(m_status);
    badges->addStretch();
    m_fields = new QFormLayout;
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_fields->setLabelAlignment(Qt::AlignLeft);

    m_dispose = new QPushButton(tr("Disposisikan…"), info);
    m_dispose->setObjectName(QStringLiteral("recordsViewDispose"));
    m_file = new QPushButton(tr("Berkaskan…"), info);
    m_file->setObjectName(QStringLiteral("recordsViewFile"));
    m_reclassify = new QPushButton(tr("Ubah klasifikasi keamanan…"), info);
    m_reclassify->setObjectName(QStringLiteral("recordsViewReclassify"));
    m_dispose->setVisible(session.actor().isAtasan());
    m_file->setVisible(mayRegister());
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_dispose);
    actions->addWidget(m_file);
    actions->addWidget(m_reclassify);
    actions->addStretch();
    m_message = new QLabel(info);
    m_message->setObjectName(QStringLiteral("recordsViewMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* dispositions = new QGroupBox(tr("Disposisi dan tindak lanjut"), info);
    dispositions->setObjectName(QStringLiteral("recordsViewDispositions"));
    auto* dispositionsLayout = new QVBoxLayout(dispositions);
    dispositionsLayout->addWidget(createLetterDispositionsPanel(session, letterId, dispositions));

    infoLayout->addWidget(m_subject);
    infoLayout->addLayout(badges);
    infoLayout->addLayout(m_fields);
    infoLayout->addLayout(actions);
    infoLayout->addWidget(m_message);
    infoLayout->addWidget(dispositions, 1);
    info->setMinimumWidth(440);

    m_preview = new LettersPdfPreview(session.context().profile.directory() + QStringLiteral("/blobs"),
                                      session.server(), this);
    // A file downloaded here was indexed only by the text its row carried: index all of it, off the UI
    // thread on its own connection, so the letter is found by words beyond the synced part.
    const QString databasePath = session.db().location();
    connect(m_preview, &LettersPdfPreview::downloaded, this,
            [databasePath](const QString& sha, const QString& path) {
                QThread* worker = QThread::create([databasePath, sha, path] {
                    if (auto db = Database::openSqlite(databasePath))
                        (void)LetterIndex::indexDownloadedFile(**db, sha, path);
                });
                connect(worker, &QThread::finished, worker, &QObject::deleteLater);
                worker->start();
            });

    auto* splitter = new QSplitter(this);
    splitter->addWidget(info);
    splitter->addWidget(m_preview);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 680});
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Tutup"));
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("recordsViewClose"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    connect(m_dispose, &QPushButton::clicked, this, [this] {
        if (openDispositionDialog(m_session, m_id, this)) {
            reload();
            Q_EMIT letterChanged(m_id);
        }
    });
    connect(m_file, &QPushButton::clicked, this, [this] {
        if (openFilingDialog(m_session, m_id, this)) {
            reload();
            Q_EMIT letterChanged(m_id);
        }
    });
    connect(m_reclassify, &QPushButton::clicked, this, &LetterView::askReclassify);

    reload();
    m_preview->showFile(m_letter.fileSha256, m_letter.pageCount);
}

bool LetterView::mayRegister() const
{
    const User& u = m_session.actor().user;
    return u.hasRole(Role::Pencatat) || u.hasRole(Role::Arsiparis);
}

bool LetterView::mayReclassify() const
{
    // The policy decides (it runs before anything is queued); this only hides a button that would
    // always be refused. An arsiparis corrects any letter they can read, a pencatat their unit tree's.
    const Actor& a = m_session.actor();
    if (a.user.hasRole(Role::Arsiparis))
        return true;
    return a.user.hasRole(Role::Pencatat) && a.unitSubtree.contains(m_letter.unitId) &&
           int(m_letter.securityClass) <= a.clearance;
}

void LetterView::reload()
{
    auto letter = LetterRegister(m_session.db(), m_session.audit(), m_session.actor()).letter(m_id);
    if (!letter || int(letter->securityClass) > m_session.actor().clearance) {
        // Gone from this device (revoked after a reclassification) or above this user's clearance.
        m_letter = IncomingLetter{};
        m_letter.id = m_id;
        m_subject->setText(tr("Naskah tidak tersedia"));
        showMessage(letter ? tr("Naskah ini di atas klasifikasi keamanan Anda.") : letter.errorMessage(),
                    true);
        m_dispose->setEnabled(false);
        m_file->setEnabled(false);
        m_reclassify->setEnabled(false);
        return;
    }
    m_letter = *letter;
    showMetadata();
    m_reclassify->setVisible(mayReclassify());
}

void LetterView::showMetadata()
{
    const IncomingLetter& l = m_letter;
    setWindowTitle(tr("Naskah masuk %1 — %2").arg(l.agenda, l.perihal));
    m_subject->setText(l.perihal);
    const QColor badge = LettersFormat::badgeColor(l.securityClass);
    m_security->setText(securityClassDisplayName(l.securityClass));
    m_security->setStyleSheet(
        LettersFormat::hasBadge(l.securityClass)
            ? QStringLiteral(
                  "background: %1; color: white; font-weight: 600; border-radius: 9px; padding: 2px 10px;")
                  .arg(badge.name())
            : QStringLiteral(
                  "border: 1px solid #9aa5a3; color: #4d5857; border-radius: 9px; padding: 2px 10px;"));
    m_security->setToolTip(tr("Klasifikasi keamanan"));
    // The stored status stays "tercatat" while the letter goes round: its dispositions tell how far.
    std::optional<LetterProgress> progress;
    if (auto all = DispositionDesk::progressOf(m_session.db(), {l.id}); all && all->contains(l.id))
        progress = all->value(l.id);
    m_status->setText(LettersFormat::letterProgress(l.status, progress ? &*progress : nullptr));
    m_status->setStyleSheet(
        QStringLiteral("background: #e3efed; color: %1; border-radius: 9px; padding: 2px 10px;")
            .arg(QLatin1String(Theme::kPrimaryDark)));
    m_status->setToolTip(tr("Status naskah"));

    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    const auto add = [this](const QString& label, const QString& name, const QString& value) {
        QLabel* v = valueLabel(name, nullptr);
        v->setText(value.isEmpty() ? QStringLiteral("—") : value);
        m_fields->addRow(label, v);
    };
    QString classification = l.classification;
    if (!classification.isEmpty()) {
        if (auto c = Instruments(m_session.db()).classification(classification); c && *c)
            classification = QStringLiteral("%1 — %2").arg(c->value().code, c->value().name);
    }
    add(tr("Nomor agenda"), QStringLiteral("recordsViewAgenda"), l.agenda);
    add(tr("Nomor surat"), QStringLiteral("recordsViewNomor"), l.nomor);
    add(tr("Tanggal surat"), QStringLiteral("recordsViewTanggal"),
        l.tanggal.isEmpty() ? tr("tidak diketahui") : LettersFormat::longDate(l.tanggal));
    add(tr("Diterima"), QStringLiteral("recordsViewReceived"), LettersFormat::longDate(l.receivedDate));
    add(tr("Pengirim"), QStringLiteral("recordsViewSender"), l.pengirim);
    add(tr("Sifat"), QStringLiteral("recordsViewSifat"), sifatDisplayName(l.sifat));
    add(tr("Kode klasifikasi"), QStringLiteral("recordsViewClassification"),
        classification.isEmpty() ? tr("belum diklasifikasi") : classification);
    add(tr("Berkas"), QStringLiteral("recordsViewFileName"),
        l.fileName.isEmpty() ? tr("tanpa berkas")
                             : tr("%1 (%2, %n halaman)", nullptr, l.pageCount)
                                   .arg(l.fileName, LettersFormat::fileSize(l.fileSize)));
    // Times in the zone of the unit that registered the letter (WIB, WITA, WIT), never UTC.
    QString zone;
    if (auto unit = IdentityStore(m_session.db()).unitById(l.unitId))
        zone = unit->timeZone;
    const QString at =
        LettersFormat::dateTime(l.registeredAt, tr("menunggu sinkronisasi dengan server"), zone);
    add(tr("Dicatat"), QStringLiteral("recordsViewRegistered"),
        l.registeredByName.isEmpty() ? at : tr("%1, %2").arg(l.registeredByName, at));
}

void LetterView::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(error ? Theme::kError : Theme::kOk)));
    m_message->setVisible(!text.isEmpty());
}

Status LetterView::reclassify(SecurityClass securityClass)
{
    if (securityClass == m_letter.securityClass)
        return Status();
    LetterRegister letters(m_session.db(), m_session.audit(), m_session.actor());
    Status s = letters.reclassify(m_id, securityClass);
    if (!s) {
        showMessage(tr("Klasifikasi keamanan tidak diubah: %1").arg(s.errorMessage()), true);
        return s;
    }
    reload();
    showMessage(tr("Klasifikasi keamanan diubah menjadi %1. Pembaca tanpa izin setingkat itu kehilangan "
                   "naskah ini setelah sinkronisasi berikutnya.")
                    .arg(securityClassDisplayName(securityClass)),
                false);
    Q_EMIT letterChanged(m_id);
    return s;
}

void LetterView::askReclassify()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("recordsReclassifyDialog"));
    dialog.setWindowTitle(tr("Ubah klasifikasi keamanan"));
    auto* combo = new QComboBox(&dialog);
    combo->setObjectName(QStringLiteral("recordsReclassifyCombo"));
    fillSecurityCombo(combo, m_session.actor().clearance);
    combo->setCurrentIndex(combo->findData(int(m_letter.securityClass)));
    auto* note =
        new QLabel(tr("Naskah yang dinaikkan klasifikasinya hilang dari perangkat pengguna yang tidak "
                      "berwenang membacanya. Perubahan dicatat di log audit."),
                   &dialog);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Ubah"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Klasifikasi keamanan"), combo);
    form->addRow(note);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        (void)reclassify(SecurityClass(combo->currentData().toInt()));
}

} // namespace lontar::records

#include "records/ui/LetterheadDialog.h"

#include "core/Settings.h"
#include "records/OutgoingRender.h"
#include "records/ui/RecordsSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <poppler-qt6.h>

namespace lontar::records {

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name, int maxLength, const QString& placeholder)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setMaxLength(maxLength);
    e->setPlaceholderText(placeholder);
    return e;
}

} // namespace

LetterheadDialog::LetterheadDialog(RecordsSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_desk(session.db(), session.audit(), session.actor(),
             session.context().profile.directory() + QStringLiteral("/blobs"))
    , m_unitId(session.user().unitId)
{
    setObjectName(QStringLiteral("letterheadDialog"));
    setWindowTitle(tr("Kop surat"));
    const LetterheadSettings stored = m_desk.letterheadSettings(m_unitId);
    const Letterhead head = m_desk.letterhead(m_unitId);
    const QString directoryRegency = Settings(session.db()).value(Settings::regencyNameKey());

    auto* intro = new QLabel(tr("Kop ini dicetak di atas setiap naskah keluar unit Anda. Alamat, telepon, "
                                "pos-el dan laman disimpan di perangkat ini."),
                             this);
    intro->setWordWrap(true);

    m_regency = lineEdit(this, "letterheadRegency", LetterheadSettings::kMaxRegency, directoryRegency);
    m_regency->setText(stored.regency.isEmpty() ? directoryRegency : stored.regency);
    auto* unit = new QLabel(head.unitName, this);
    unit->setObjectName(QStringLiteral("letterheadUnit"));
    unit->setToolTip(tr("Nama unit diambil dari direktori pegawai dan tidak diubah di sini."));
    m_address = lineEdit(this, "letterheadAddress", LetterheadSettings::kMaxAddress,
                         tr("Jalan Ahmad Yani Nomor 12, Tanjung Lontar 78711"));
    m_address->setText(stored.address);
    m_phone = lineEdit(this, "letterheadPhone", LetterheadSettings::kMaxPhone, tr("(0561) 734567"));
    m_phone->setText(stored.phone);
    m_email = lineEdit(this, "letterheadEmail", LetterheadSettings::kMaxEmail,
                       tr("diskominfo@tanjunglontar.go.id"));
    m_email->setText(stored.email);
    m_website = lineEdit(this, "letterheadWebsite", LetterheadSettings::kMaxWebsite,
                         tr("diskominfo.tanjunglontar.go.id"));
    m_website->setText(stored.website);
    m_place = lineEdit(this, "letterheadPlace", LetterheadSettings::kMaxPlace, tr("Tanjung Lontar"));
    m_place->setText(stored.place);
    m_place->setToolTip(tr("Ditulis sebelum tanggal naskah, misalnya \"Tanjung Lontar, 3 Maret 2026\"."));

    auto* form = new QFormLayout;
    form->addRow(tr("Pemerintah daerah"), m_regency);
    form->addRow(tr("Unit kerja"), unit);
    form->addRow(tr("Alamat"), m_address);
    form->addRow(tr("Telepon"), m_phone);
    form->addRow(tr("Pos-el"), m_email);
    form->addRow(tr("Laman"), m_website);
    form->addRow(tr("Tempat penandatanganan"), m_place);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("letterheadPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(560, 200);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setStyleSheet(QStringLiteral("background: white;"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("letterheadError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Simpan"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("letterheadSave"));
    auto* cancel = buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("letterheadCancel"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Pratinjau</b>"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Rendering a page takes a moment: redraw once typing pauses.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &LetterheadDialog::updatePreview);
    for (QLineEdit* e : {m_regency, m_address, m_phone, m_email, m_website, m_place})
        connect(e, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    updatePreview();
}

LetterheadSettings LetterheadDialog::lines() const
{
    LetterheadSettings s;
    s.regency = m_regency->text();
    s.address = m_address->text();
    s.phone = m_phone->text();
    s.email = m_email->text();
    s.website = m_website->text();
    s.place = m_place->text();
    return s;
}

bool LetterheadDialog::save()
{
    if (Status s = m_desk.setLetterhead(m_unitId, lines()); !s) {
        m_error->setText(s.errorMessage());
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

void LetterheadDialog::updatePreview()
{
    // A sample letter under this kop: the top of its first page is what the reader sees first.
    OutgoingLetter sample;
    sample.hal = tr("Contoh naskah");
    sample.place = m_place->text().trimmed();
    sample.tujuan = {tr("Kepala Perangkat Daerah")};
    sample.body = tr("Isi naskah.");
    auto rendered = OutgoingRenderer::render(sample, m_desk.letterheadWith(m_unitId, lines()));
    std::unique_ptr<Poppler::Document> doc =
        rendered ? Poppler::Document::loadFromData(rendered->pdf) : nullptr;
    std::unique_ptr<Poppler::Page> page = doc ? doc->page(0) : nullptr;
    if (!page) {
        m_preview->setText(tr("Pratinjau tidak dapat dibuat"));
        return;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    // A4 is 595 points wide; fit the page width into the preview and show its top (kop, place and date).
    const double dpi = 72.0 * 560 / page->pageSizeF().width();
    const QImage image = page->renderToImage(dpi, dpi);
    m_preview->setPixmap(QPixmap::fromImage(image.copy(0, 0, image.width(), int(image.height() * 0.24))));
}

} // namespace lontar::records

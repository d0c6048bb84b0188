#include "catalogue/ui/CataloguePage.h"

#include "catalogue/OrderDocuments.h"
#include "catalogue/ui/CatalogueModels.h"
#include "catalogue/ui/ProductImageLoader.h"
#include "catalogue/ui/ProductImageStrip.h"
#include "shell/ServerConnection.h"
#include "shell/SyncStatusWidget.h"
#include "shell/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lontar::catalogue {

namespace {

Actor actorOf(ShellContext& context)
{
    auto actor = Actor::forUser(context.profile.database(), context.user);
    return actor ? *actor : Actor{context.user, {}, {context.user.unitId}, context.user.clearance};
}

QLineEdit* rupiahEdit(const QString& name, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    // Whole rupiah, dots for thousands allowed while typing.
    e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9.]{0,20}")), e));
    return e;
}

qint64 rupiahValue(const QLineEdit* e)
{
    QString s = e->text();
    s.remove(QLatin1Char('.'));
    return s.toLongLong();
}

QString when(qint64 ms)
{
    if (ms <= 0)
        return QCoreApplication::translate("lontar::catalogue::OrdersTab", "menunggu sinkronisasi");
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QTableWidgetItem* cell(const QString& text, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void showMessage(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(error ? Theme::kError : Theme::kOk)));
    label->setProperty("error", error);
}

void fillZones(QComboBox* combo, ShellContext& context)
{
    const QString keep = combo->currentData().toString();
    combo->clear();
    combo->addItem(QCoreApplication::translate("lontar::catalogue::BrowseTab", "Semua zona (harga umum)"),
                   kAnyZone);
    if (auto zones = CatalogueBrowser(context.profile.database()).zones()) {
        for (const Zone& z : *zones) {
            if (z.active)
                combo->addItem(QStringLiteral("%1 — %2").arg(z.code, z.name), z.code);
        }
    }
    const int i = combo->findData(keep);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

// ---- browse -----------------------------------------------------------------------------------------

BrowseTab::BrowseTab(ShellContext& context, ProductImageLoader& images, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_images(images)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("catalogueSearchEdit"));
    // Short enough to be read whole; the examples are in the tooltip.
    m_search->setPlaceholderText(tr("Cari produk, kode, penyedia…"));
    m_search->setToolTip(tr("Mis. \"kertas a4\", \"pembersih lantai\" atau kode produk"));
    m_search->setClearButtonEnabled(true);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("catalogueZoneCombo"));
    m_minPrice = rupiahEdit(QStringLiteral("catalogueMinPriceEdit"), this);
    m_minPrice->setPlaceholderText(tr("harga min."));
    m_maxPrice = rupiahEdit(QStringLiteral("catalogueMaxPriceEdit"), this);
    m_maxPrice->setPlaceholderText(tr("harga maks."));
    m_tkdn = new QSpinBox(this);
    m_tkdn->setObjectName(QStringLiteral("catalogueTkdnSpin"));
    m_tkdn->setRange(0, 100);
    m_tkdn->setPrefix(tr("TKDN ≥ "));
    m_tkdn->setSuffix(QStringLiteral(" %"));
    m_pdn = new QCheckBox(tr("Produk dalam negeri"), this);
    m_pdn->setObjectName(QStringLiteral("cataloguePdnCheck"));
    m_umk = new QCheckBox(tr("Penyedia UMK"), this);
    m_umk->setObjectName(QStringLiteral("catalogueUmkCheck"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_zone, 1);
    filters->addWidget(m_minPrice);
    filters->addWidget(m_maxPrice);
    filters->addWidget(m_tkdn);
    filters->addWidget(m_pdn);
    filters->addWidget(m_umk);

    m_categories = new QTreeWidget(this);
    m_categories->setObjectName(QStringLiteral("catalogueCategoryTree"));
    m_categories->setHeaderLabel(tr("Kategori"));
    m_categories->setMinimumWidth(180);

    m_model = new ProductTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("catalogueProductTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ProductTableModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ProductTableModel::Vendor,
                                                      QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("catalogueDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_history = new QTableWidget(0, 4, this);
    m_history->setObjectName(QStringLiteral("cataloguePriceHistoryTable"));
    m_history->setHorizontalHeaderLabels(
        {tr("Harga"), tr("Berlaku sejak"), tr("Sampai"), tr("Ditetapkan oleh")});
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_imageStrip = new ProductImageStrip(m_images, this);
    m_imageStrip->setObjectName(QStringLiteral("catalogueImageStrip"));
    m_addImage = new QPushButton(tr("Tambah gambar…"), this);
    m_addImage->setObjectName(QStringLiteral("catalogueAddImageButton"));
    m_addImage->setToolTip(
        tr("PNG atau JPEG, paling besar 5 MiB dan 4000×4000 piksel; paling banyak 4 gambar"));
    m_addImage->setVisible(isCatalogueAdmin());
    m_addImage->setEnabled(false);
    // Pictures first, then the description, which takes the room left (a wrapped label squeezed
    // between fixed items would lose its lines).
    auto* aboutProduct = new QVBoxLayout;
    aboutProduct->addWidget(m_imageStrip);
    auto* imageActions = new QHBoxLayout;
    imageActions->addWidget(m_addImage);
    imageActions->addStretch(1);
    aboutProduct->addLayout(imageActions);
    aboutProduct->addWidget(m_detail, 1);
    auto* detailBox = new QGroupBox(tr("Rincian, gambar dan riwayat harga"), this);
    auto* detailLayout = new QHBoxLayout(detailBox);
    detailLayout->addLayout(aboutProduct, 2);
    detailLayout->addWidget(m_history, 3);

    m_drafts = new QComboBox(this);
    m_drafts->setObjectName(QStringLiteral("catalogueDraftCombo"));
    m_drafts->setMinimumWidth(220);
    m_drafts->setPlaceholderText(tr("belum ada paket draf"));
    m_qty = new QSpinBox(this);
    m_qty->setObjectName(QStringLiteral("catalogueQtySpin"));
    m_qty->setRange(1, 1'000'000);
    m_qty->setValue(1);
    m_compare = new QPushButton(tr("Bandingkan (maks. 4)"), this);
    m_compare->setObjectName(QStringLiteral("catalogueCompareButton"));
    m_add = new QPushButton(tr("Tambah ke paket"), this);
    m_add->setObjectName(QStringLiteral("catalogueAddToOrderButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("catalogueStatusLabel"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_compare);
    actions->addStretch(1);
    actions->addWidget(new QLabel(tr("Paket:"), this));
    actions->addWidget(m_drafts);
    //: How many units of the product go into the package (a quantity, not an amount of money).
    actions->addWidget(new QLabel(tr("Banyaknya:"), this));
    actions->addWidget(m_qty);
    actions->addWidget(m_add);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_table);
    right->addWidget(detailBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_categories);
    split->addWidget(right);
    split->setStretchFactor(1, 4);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &BrowseTab::search);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &BrowseTab::search);
    connect(m_minPrice, &QLineEdit::textChanged, this, &BrowseTab::search);
    connect(m_maxPrice, &QLineEdit::textChanged, this, &BrowseTab::search);
    connect(m_tkdn, &QSpinBox::valueChanged, this, &BrowseTab::search);
    connect(m_pdn, &QCheckBox::toggled, this, &BrowseTab::search);
    connect(m_umk, &QCheckBox::toggled, this, &BrowseTab::search);
    connect(m_categories, &QTreeWidget::currentItemChanged, this, &BrowseTab::search);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BrowseTab::showDetail);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() < 2 || ids.size() > CatalogueBrowser::kMaxCompared) {
            showMessage(m_status,
                        tr("Pilih 2 sampai %1 produk untuk dibandingkan").arg(CatalogueBrowser::kMaxCompared),
                        true);
            return;
        }
        m_status->clear();
        Q_EMIT compareRequested(ids, zone());
    });
    connect(m_add, &QPushButton::clicked, this, &BrowseTab::addToDraft);
    connect(m_addImage, &QPushButton::clicked, this, &BrowseTab::addImage);
    connect(m_imageStrip, &ProductImageStrip::openRequested, this, &BrowseTab::openImage);
    refresh();
}

bool BrowseTab::isCatalogueAdmin() const
{
    return m_context.user.hasRole(Role::AdminKatalog);
}

QString BrowseTab::zone() const
{
    const QString z = m_zone->currentData().toString();
    return z.isEmpty() ? kAnyZone : z;
}

void BrowseTab::refresh()
{
    const QSignalBlocker blockZone(m_zone);
    const QSignalBlocker blockTree(m_categories);
    fillZones(m_zone, m_context);
    const QString keep = m_categories->currentItem()
                             ? m_categories->currentItem()->data(0, Qt::UserRole).toString()
                             : QString();
    m_categories->clear();
    auto* all = new QTreeWidgetItem(m_categories, {tr("Semua kategori")});
    QHash<QString, QTreeWidgetItem*> items;
    if (auto categories = CatalogueBrowser(m_context.profile.database()).categories()) {
        // Sorted by path, so a parent always comes before its children.
        for (const Category& c : *categories) {
            QTreeWidgetItem* parent = items.value(c.parentId, all);
            auto* item = new QTreeWidgetItem(parent, {c.name});
            item->setData(0, Qt::UserRole, c.id);
            items.insert(c.id, item);
        }
    }
    m_categories->expandAll();
    m_categories->setCurrentItem(items.value(keep, all));
    refreshDrafts();
    search();
}

void BrowseTab::refreshDrafts()
{
    const QString keep = m_drafts->currentData().toString();
    m_drafts->clear();
    OrderBook book(m_context.profile.database(), m_context.profile.audit(), actorOf(m_context));
    if (auto orders = book.orders()) {
        for (const Order& o : *orders) {
            if (o.state == OrderState::Draft)
                m_drafts->addItem(o.title, o.id);
        }
    }
    // With a placeholder the combo selects nothing by itself: keep the choice, else the first draft.
    const int i = m_drafts->findData(keep);
    m_drafts->setCurrentIndex(i >= 0 ? i : (m_drafts->count() > 0 ? 0 : -1));
    m_add->setEnabled(m_drafts->count() > 0);
    m_add->setToolTip(m_drafts->count() > 0 ? QString() : tr("Buat paket dulu di tab Paket & Pesanan"));
}

void BrowseTab::search()
{
    ProductFilter f;
    f.query = m_search->text();
    f.zone = zone();
    f.minPrice = rupiahValue(m_minPrice);
    f.maxPrice = rupiahValue(m_maxPrice);
    f.minTkdnBp = m_tkdn->value() * 100;
    f.onlyPdn = m_pdn->isChecked();
    f.onlyUmk = m_umk->isChecked();
    if (QTreeWidgetItem* c = m_categories->currentItem())
        f.categoryId = c->data(0, Qt::UserRole).toString();
    auto found = CatalogueBrowser(m_context.profile.database()).find(f);
    if (!found) {
        showMessage(m_status, found.errorMessage(), true);
        return;
    }
    m_model->setProducts(*found, f.zone);
    if (!found->isEmpty()) {
        showMessage(m_status, tr("%n produk", nullptr, int(found->size())), false);
    } else {
        // Say why the list is empty: nothing pulled yet, or nothing matches.
        ProductFilter all;
        all.limit = 1;
        auto any = CatalogueBrowser(m_context.profile.database()).find(all);
        showMessage(
            m_status,
            any && any->isEmpty()
                ? tr("Katalog masih kosong di perangkat ini; datanya datang dari server saat sinkronisasi")
                : tr("Tidak ada produk yang cocok; ubah kata pencarian atau longgarkan filter"),
            false);
    }
    showDetail();
}

QStringList BrowseTab::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids.append(m_model->product(i.row()).id);
    return ids;
}

void BrowseTab::showDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_history->setRowCount(0);
    m_addImage->setEnabled(!rows.isEmpty());
    if (rows.isEmpty()) {
        m_detail->setText(tr("Pilih produk untuk melihat rinciannya."));
        m_imageStrip->setImages({});
        m_imageStrip->hide();
        return;
    }
    const Product& p = m_model->product(rows.first().row());
    m_imageStrip->setImages(p.images);
    m_imageStrip->show();
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2").arg(p.code.toHtmlEscaped(), p.name.toHtmlEscaped());
    lines << tr("Kategori: %1 · Satuan: %2").arg(p.categoryPath.toHtmlEscaped(), p.unit.toHtmlEscaped());
    lines << tr("Penyedia: %1%2").arg(p.vendorName.toHtmlEscaped(), p.vendorUmk ? tr(" (UMK)") : QString());
    lines << tr("TKDN %1 % · %2%3")
                 .arg(formatTkdn(p.tkdnBp), p.pdn ? tr("produk dalam negeri") : tr("bukan PDN"),
                      p.sni.isEmpty() ? QString() : tr(" · SNI %1").arg(p.sni.toHtmlEscaped()));
    if (!p.spec.isEmpty())
        lines << p.spec.toHtmlEscaped();
    m_detail->setText(lines.join(QStringLiteral("<br>")));
    auto history = CatalogueBrowser(m_context.profile.database()).priceHistory(p.id, zone());
    if (!history)
        return;
    for (const PriceEntry& e : *history) {
        const int r = m_history->rowCount();
        m_history->insertRow(r);
        m_history->setItem(r, 0, cell(formatRupiah(e.price), true));
        // The current price's start is pending until the server's copy arrives; an old entry without
        // one was set before that was recorded.
        m_history->setItem(r, 1, cell(r == 0 || e.fromMs > 0 ? when(e.fromMs) : tr("—")));
        m_history->setItem(r, 2, cell(r == 0 ? tr("sekarang") : when(e.untilMs)));
        m_history->setItem(r, 3, cell(e.byName));
    }
    if (history->isEmpty()) {
        m_history->insertRow(0);
        m_history->setItem(0, 0, cell(tr("Belum ada harga untuk zona ini")));
        m_history->setSpan(0, 0, 1, m_history->columnCount());
    }
}

void BrowseTab::addToDraft()
{
    const QStringList ids = selectedIds();
    const QString orderId = m_drafts->currentData().toString();
    if (ids.isEmpty() || orderId.isEmpty()) {
        showMessage(m_status, tr("Pilih produk dan paket tujuan"), true);
        return;
    }
    OrderBook book(m_context.profile.database(), m_context.profile.audit(), actorOf(m_context));
    for (const QString& id : ids) {
        if (Status s = book.addProduct(orderId, id, m_qty->value()); !s) {
            showMessage(m_status, s.errorMessage(), true);
            return;
        }
    }
    showMessage(
        m_status,
        tr("%n produk ditambahkan ke paket %1", nullptr, int(ids.size())).arg(m_drafts->currentText()),
        false);
    Q_EMIT orderChanged(orderId);
}

void BrowseTab::selectProduct(const QString& productId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->product(r).id == productId) {
            m_table->selectRow(r);
            return;
        }
    }
}

namespace {
QString& nextImagePath()
{
    static QString path;
    return path;
}
} // namespace

void BrowseTab::setNextImagePath(const QString& path)
{
    nextImagePath() = path;
}

void BrowseTab::addImage()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Product p = m_model->product(rows.first().row());
    QString path = nextImagePath();
    nextImagePath().clear();
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Pilih gambar untuk %1").arg(p.code), QDir::homePath(),
                                            tr("Gambar PNG atau JPEG (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return; // cancelled
    DeviceCatalogueRows catalogueRows(m_context.profile.database(), m_context.profile.audit(),
                                      actorOf(m_context));
    // After the existing images: the first stays the one shown first.
    const Status s = CatalogueAdmin(catalogueRows).addProductImage(p.code, path, m_images.blobDir());
    if (!s) {
        showMessage(m_status, tr("Gambar tidak ditambahkan: %1").arg(s.errorMessage()), true);
        return;
    }
    search();
    selectProduct(p.id);
    showMessage(m_status,
                tr("Gambar ditambahkan ke %1; dikirim ke server pada sinkronisasi berikutnya").arg(p.code),
                false);
}

void BrowseTab::removeImage(const QString& sha)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Product p = m_model->product(rows.first().row());
    DeviceCatalogueRows catalogueRows(m_context.profile.database(), m_context.profile.audit(),
                                      actorOf(m_context));
    if (Status s = CatalogueAdmin(catalogueRows).removeProductImage(p.code, sha); !s) {
        showMessage(m_status, tr("Gambar tidak dihapus: %1").arg(s.errorMessage()), true);
        return;
    }
    search();
    selectProduct(p.id);
    showMessage(m_status, tr("Gambar dihapus dari %1").arg(p.code), false);
}

void BrowseTab::openImage(const QString& sha)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Product& p = m_model->product(rows.first().row());
    auto* viewer = new ProductImageViewer(m_images, sha, QStringLiteral("%1 — %2").arg(p.code, p.name),
                                          isCatalogueAdmin(), this);
    connect(viewer, &ProductImageViewer::removeRequested, this, &BrowseTab::removeImage);
    viewer->open();
}

// ---- compare ----------------------------------------------------------------------------------------

CompareTab::CompareTab(ShellContext& context, ProductImageLoader& images, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_images(images)
{
    m_caption = new QLabel(tr("Pilih 2 sampai 4 produk di tab Katalog, lalu Bandingkan."), this);
    m_caption->setObjectName(QStringLiteral("compareCaptionLabel"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("catalogueCompareTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    // Wrapped names and specifications need the final column widths to size their rows; the columns
    // get them only once the tab is shown, so rows follow every column resize (once per round).
    auto* rows = new QTimer(this);
    rows->setSingleShot(true);
    rows->setInterval(0);
    connect(rows, &QTimer::timeout, m_table, &QTableView::resizeRowsToContents);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, rows, qOverload<>(&QTimer::start));
    connect(&m_images, &ProductImageLoader::imageChanged, this, [this](const QString& sha) {
        for (const Product& p : std::as_const(m_products)) {
            if (!p.images.isEmpty() && p.images.first() == sha) {
                showImages();
                return;
            }
        }
    });
}

void CompareTab::compare(const QStringList& productIds, const QString& zone)
{
    auto products = CatalogueBrowser(m_context.profile.database()).compare(productIds, zone);
    if (!products) {
        m_caption->setText(products.errorMessage());
        return;
    }
    m_products = *products;
    // The code is each column's header; the first row is the product's first image.
    const QStringList rows{tr("Gambar"),   tr("Nama"), tr("Harga"),      tr("Satuan"),
                           tr("Kategori"), tr("TKDN"), tr("PDN"),        tr("SNI"),
                           tr("Penyedia"), tr("UMK"),  tr("Spesifikasi")};
    m_table->clear();
    m_table->setRowCount(int(rows.size()));
    m_table->setColumnCount(int(products->size()));
    m_table->setVerticalHeaderLabels(rows);
    qint64 lowest = 0;
    int bestTkdn = -1;
    for (const Product& p : *products) {
        if (p.price > 0 && (lowest == 0 || p.price < lowest))
            lowest = p.price;
        bestTkdn = std::max(bestTkdn, p.tkdnBp);
    }
    for (int c = 0; c < products->size(); ++c) {
        const Product& p = products->at(c);
        m_table->setHorizontalHeaderItem(c, new QTableWidgetItem(p.code));
        const QStringList values{QString(),
                                 p.name,
                                 p.price > 0 ? formatRupiah(p.price) : tr("tidak ada harga"),
                                 p.unit,
                                 p.categoryPath,
                                 formatTkdn(p.tkdnBp) + QStringLiteral(" %"),
                                 p.pdn ? tr("ya") : tr("tidak"),
                                 p.sni.isEmpty() ? tr("—") : p.sni,
                                 p.vendorName,
                                 p.vendorUmk ? tr("ya") : tr("tidak"),
                                 p.spec.isEmpty() ? tr("—") : p.spec};
        for (int r = 0; r < values.size(); ++r)
            m_table->setItem(r, c, cell(values.at(r)));
        // The cheapest and the most domestic content stand out.
        if (p.price > 0 && p.price == lowest) {
            m_table->item(2, c)->setForeground(QColor(QLatin1String(Theme::kOk)));
            m_table->item(2, c)->setToolTip(tr("Harga terendah"));
            QFont f = m_table->item(2, c)->font();
            f.setBold(true);
            m_table->item(2, c)->setFont(f);
        }
        if (p.tkdnBp == bestTkdn) {
            m_table->item(5, c)->setForeground(QColor(QLatin1String(Theme::kOk)));
            m_table->item(5, c)->setToolTip(tr("TKDN tertinggi"));
            QFont f = m_table->item(5, c)->font();
            f.setBold(true);
            m_table->item(5, c)->setFont(f);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    showImages();
    m_table->resizeRowsToContents();
    m_caption->setText(tr("%n produk dibandingkan, harga untuk zona %1", nullptr, int(products->size()))
                           .arg(zone == kAnyZone ? tr("umum") : zone));
}

void CompareTab::showImages()
{
    constexpr int kSize = 120;
    for (int c = 0; c < m_products.size(); ++c) {
        const Product& p = m_products.at(c);
        if (p.images.isEmpty()) {
            m_table->removeCellWidget(0, c);
            m_table->item(0, c)->setText(tr("tidak ada gambar"));
            m_table->item(0, c)->setTextAlignment(Qt::AlignCenter);
            continue;
        }
        auto* b = qobject_cast<QToolButton*>(m_table->cellWidget(0, c));
        if (!b) {
            b = new QToolButton(m_table);
            b->setObjectName(QStringLiteral("compareImage%1").arg(c));
            b->setAutoRaise(true);
            b->setIconSize(QSize(kSize, kSize));
            b->setMinimumSize(kSize + 8, kSize + 8);
            const QString sha = p.images.first();
            const QString caption = QStringLiteral("%1 — %2").arg(p.code, p.name);
            connect(b, &QToolButton::clicked, this, [this, sha, caption] {
                if (m_images.state(sha) != ProductImageLoader::State::Ready)
                    return;
                (new ProductImageViewer(m_images, sha, caption, false, this))->open();
            });
            m_table->setCellWidget(0, c, b);
        }
        ProductImageStrip::showImage(b, m_images, p.images.first(), kSize);
    }
}

// ---- orders -----------------------------------------------------------------------------------------

namespace {
struct ActionInfo
{
    const char* key;
    const char* label;
    const char* objectName;
};
const ActionInfo kActions[] = {
    {"submit", QT_TRANSLATE_NOOP("lontar::catalogue::OrdersTab", "Ajukan"), "orderSubmitButton"},
    {"negotiate", QT_TRANSLATE_NOOP("lontar::catalogue::OrdersTab", "Negosiasi"), "orderNegotiateButton"},
    {"price", QT_TRANSLATE_NOOP("lontar::catalogue::OrdersTab", "Ubah harga"), "orderPriceButton"},
    {"approve", QT_TRANSLATE_NOOP("lontar::catalogue::OrdersTab", "Setujui"), "orderApproveButton"},
    {"contract", QT_TRANSLATE_NOOP("lontar::catalogue::OrdersTab", "Kontrak / SP"), "orderContractButton"},
    {"deliver", QT_TRANSLATE_NOOP("lontar::catalogue::OrdersTab", "BAST diterima"), "orderDeliverButton"},
    {"pay", QT_TRANSLATE_NOOP("lontar::catalogue::OrdersTab", "Catat bayar"), "orderPayButton"},
    {"close", QT_TRANSLATE_NOOP("lontar::catalogue::OrdersTab", "Selesai"), "orderCloseButton"},
    {"cancel", QT_TRANSLATE_NOOP("lontar::catalogue::OrdersTab", "Batalkan"), "orderCancelButton"},
    {"remove", QT_TRANSLATE_NOOP("lontar::catalogue::OrdersTab", "Hapus barang"), "orderRemoveItemButton"},
};

// The steps that exist from a state (who may take them is the policy's decision, shown on refusal).
bool offered(const QString& action, OrderState s)
{
    using S = OrderState;
    if (action == QLatin1String("submit") || action == QLatin1String("remove"))
        return s == S::Draft;
    if (action == QLatin1String("negotiate"))
        return s == S::Submitted;
    if (action == QLatin1String("price"))
        return s == S::Negotiation;
    if (action == QLatin1String("approve"))
        return s == S::Submitted || s == S::Negotiation;
    if (action == QLatin1String("contract"))
        return s == S::Approved;
    if (action == QLatin1String("deliver"))
        return s == S::Contract;
    if (action == QLatin1String("pay"))
        return s == S::Delivered;
    if (action == QLatin1String("close"))
        return s == S::Paid;
    if (action == QLatin1String("cancel"))
        return s == S::Draft || s == S::Submitted || s == S::Negotiation || s == S::Approved ||
               s == S::Contract;
    return false;
}
} // namespace

OrdersTab::OrdersTab(ShellContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    m_model = new OrderTableModel(this);
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("catalogueOrderTable"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(OrderTableModel::Title, QHeaderView::Stretch);
    // Pagu, RUP and sync state are shown with the selected package.
    for (int c : {int(OrderTableModel::Budget), int(OrderTableModel::Rup), int(OrderTableModel::Sync)})
        m_list->setColumnHidden(c, true);

    auto* create = new QGroupBox(tr("Paket baru"), this);
    m_title = new QLineEdit(create);
    m_title->setObjectName(QStringLiteral("orderTitleEdit"));
    m_title->setPlaceholderText(tr("mis. Belanja ATK triwulan I"));
    m_rup = new QLineEdit(create);
    m_rup->setObjectName(QStringLiteral("orderRupEdit"));
    m_account = new QLineEdit(create);
    m_account->setObjectName(QStringLiteral("orderAccountEdit"));
    m_account->setPlaceholderText(tr("mis. 5.1.02.01.01.0024"));
    m_budget = rupiahEdit(QStringLiteral("orderBudgetEdit"), create);
    m_zone = new QComboBox(create);
    m_zone->setObjectName(QStringLiteral("orderZoneCombo"));
    auto* createButton = new QPushButton(tr("Buat paket"), create);
    createButton->setObjectName(QStringLiteral("orderCreateButton"));
    auto* form = new QFormLayout(create);
    form->addRow(tr("Nama paket"), m_title);
    form->addRow(tr("Kode RUP"), m_rup);
    form->addRow(tr("Kode rekening"), m_account);
    form->addRow(tr("Pagu (Rp)"), m_budget);
    form->addRow(tr("Zona harga"), m_zone);
    form->addRow(QString(), createButton);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("orderSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_items = new QTableWidget(0, 6, this);
    m_items->setObjectName(QStringLiteral("orderItemsTable"));
    m_items->setHorizontalHeaderLabels({tr("Kode"), tr("Barang"),
                                        //: Quantity ordered of one item (not money).
                                        tr("Banyaknya"), tr("Satuan"), tr("Harga satuan"), tr("Subtotal")});
    m_items->verticalHeader()->hide();
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_history = new QTableWidget(0, 5, this);
    m_history->setObjectName(QStringLiteral("orderHistoryTable"));
    // Who acted and in which role share a column (two lines), so the note keeps room to be read.
    m_history->setHorizontalHeaderLabels({tr("Waktu (server)"), tr("Langkah"), tr("Oleh (sebagai)"),
                                          //: The order's total value in rupiah after this step.
                                          tr("Total harga"), tr("Catatan")});
    m_history->verticalHeader()->hide();
    m_history->setWordWrap(true);
    m_history->horizontalHeader()->setStretchLastSection(true);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("orderNoteEdit"));
    m_note->setPlaceholderText(tr("Catatan langkah (opsional)"));
    m_docNumber = new QLineEdit(this);
    m_docNumber->setObjectName(QStringLiteral("orderDocNumberEdit"));
    m_docNumber->setPlaceholderText(tr("Nomor SP / BAST / bukti bayar"));
    m_payment = new QComboBox(this);
    m_payment->setObjectName(QStringLiteral("orderPaymentCombo"));
    m_payment->addItems({QStringLiteral("UP"), QStringLiteral("LS"), QStringLiteral("KKPD")});
    m_price = rupiahEdit(QStringLiteral("orderPriceEdit"), this);
    m_price->setPlaceholderText(tr("harga nego"));
    auto* fields = new QHBoxLayout;
    fields->addWidget(m_note, 2);
    fields->addWidget(m_docNumber, 1);
    fields->addWidget(m_payment);
    fields->addWidget(m_price);
    auto* buttons = new QHBoxLayout;
    for (const ActionInfo& a : kActions) {
        auto* b = new QPushButton(QCoreApplication::translate("lontar::catalogue::OrdersTab", a.label), this);
        b->setObjectName(QLatin1String(a.objectName));
        b->setProperty("action", QLatin1String(a.key));
        connect(b, &QPushButton::clicked, this, [this, key = QString::fromLatin1(a.key)] { act(key); });
        buttons->addWidget(b);
        m_actions.append(b);
    }
    buttons->addStretch(1);
    m_orderPdf = new QPushButton(tr("Surat pesanan (PDF)"), this);
    m_orderPdf->setObjectName(QStringLiteral("orderPdfButton"));
    m_bastPdf = new QPushButton(tr("BAST (PDF)"), this);
    m_bastPdf->setObjectName(QStringLiteral("bastPdfButton"));
    auto* documents = new QHBoxLayout;
    documents->addWidget(new QLabel(tr("Dokumen untuk ditandatangani (TTE):"), this));
    documents->addWidget(m_orderPdf);
    documents->addWidget(m_bastPdf);
    documents->addStretch(1);
    connect(m_orderPdf, &QPushButton::clicked, this, [this] { saveDocument(false); });
    connect(m_bastPdf, &QPushButton::clicked, this, [this] { saveDocument(true); });
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("orderMessageLabel"));
    m_message->setWordWrap(true);

    auto* detail = new QGroupBox(tr("Paket terpilih"), this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(m_items, 1);
    detailLayout->addLayout(fields);
    detailLayout->addLayout(buttons);
    detailLayout->addLayout(documents);
    detailLayout->addWidget(m_message);
    detailLayout->addWidget(new QLabel(tr("Riwayat"), detail));
    detailLayout->addWidget(m_history, 3);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(create);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({430, 850});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(createButton, &QPushButton::clicked, this, &OrdersTab::createDraft);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersTab::showOrder);
    refresh();
}

OrderBook OrdersTab::book() const
{
    return OrderBook(m_context.profile.database(), m_context.profile.audit(), actorOf(m_context));
}

QString OrdersTab::currentId() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->order(rows.first().row()).id;
}

void OrdersTab::refresh(const QString& selectId)
{
    const QString keep = selectId.isEmpty() ? currentId() : selectId;
    fillZones(m_zone, m_context);
    auto orders = book().orders();
    m_model->setOrders(orders ? *orders : QList<Order>{});
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_list->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_list->selectRow(0);
    showOrder();
}

void OrdersTab::createDraft()
{
    auto id = book().createDraft(m_title->text(), m_rup->text(), m_account->text(), rupiahValue(m_budget),
                                 m_zone->currentData().toString());
    if (!id) {
        showMessage(m_message, id.errorMessage(), true);
        return;
    }
    m_title->clear();
    showMessage(m_message, tr("Paket dibuat sebagai draf; tambahkan barang dari tab Katalog"), false);
    refresh(*id);
    Q_EMIT draftsChanged();
}

void OrdersTab::showOrder()
{
    m_items->setRowCount(0);
    m_history->setRowCount(0);
    const QString id = currentId();
    auto order = id.isEmpty() ? Result<Order>(Error(QString())) : book().order(id);
    for (QPushButton* b : std::as_const(m_actions))
        b->setEnabled(order.ok() && offered(b->property("action").toString(), order->state));
    m_orderPdf->setEnabled(order.ok() && !order->contractNumber.isEmpty());
    m_bastPdf->setEnabled(order.ok() && !order->bastNumber.isEmpty());
    if (!order) {
        m_summary->setText(tr("Belum ada paket. Buat paket baru di sebelah kiri."));
        return;
    }
    const Order& o = *order;
    QString summary =
        QStringLiteral("<b>%1</b> · %2<br>").arg(o.title.toHtmlEscaped(), orderStateDisplayName(o.state));
    summary += tr("RUP %1 · rekening %2 · zona %3")
                   .arg(o.rupCode.toHtmlEscaped(), o.accountCode.toHtmlEscaped(),
                        o.zone == kAnyZone ? tr("umum") : o.zone.toHtmlEscaped()) +
               QStringLiteral("<br>");
    summary += tr("Total harga <b>%1</b> dari pagu %2").arg(formatRupiah(o.total), formatRupiah(o.budget));
    if (o.total > o.budget)
        summary += QStringLiteral(" <span style='color:%1'>%2</span>")
                       .arg(QLatin1String(Theme::kError), tr("melebihi pagu"));
    if (o.ppLimit > 0)
        summary += QStringLiteral("<br>") + (o.total > o.ppLimit
                                                 ? tr("Di atas batas pejabat pengadaan (%1): disetujui PPK")
                                                 : tr("Dalam batas pejabat pengadaan (%1)"))
                                                .arg(formatRupiah(o.ppLimit));
    if (!o.contractNumber.isEmpty())
        summary += QStringLiteral("<br>") + tr("Surat pesanan: %1").arg(o.contractNumber.toHtmlEscaped());
    if (!o.bastNumber.isEmpty())
        summary += QStringLiteral(" · ") + tr("BAST: %1").arg(o.bastNumber.toHtmlEscaped());
    if (!o.paymentMethod.isEmpty())
        summary +=
            QStringLiteral(" · ") + tr("Dibayar %1 (%2)").arg(o.paymentMethod, o.paymentRef.toHtmlEscaped());
    if (o.pending)
        summary += QStringLiteral("<br><span style='color:%1'>%2</span>")
                       .arg(QLatin1String(Theme::kWarn), tr("Perubahan menunggu sinkronisasi dengan server"));
    m_summary->setText(summary);
    for (const OrderItem& i : o.items) {
        const int r = m_items->rowCount();
        m_items->insertRow(r);
        m_items->setItem(r, 0, cell(i.code));
        m_items->setItem(r, 1, cell(i.name));
        m_items->setItem(r, 2, cell(QString::number(i.qty), true));
        m_items->setItem(r, 3, cell(i.unit));
        m_items->setItem(r, 4, cell(formatRupiah(i.unitPrice), true));
        m_items->setItem(r, 5, cell(formatRupiah(i.qty * i.unitPrice), true));
        m_items->item(r, 0)->setData(Qt::UserRole, i.productId);
    }
    m_items->resizeColumnsToContents();
    m_items->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (const OrderEvent& e : o.history) {
        const int r = m_history->rowCount();
        m_history->insertRow(r);
        const auto from = orderStateFromKey(e.from);
        const auto to = orderStateFromKey(e.to);
        const QString step = from ? QStringLiteral("%1 → %2").arg(orderStateDisplayName(*from),
                                                                  to ? orderStateDisplayName(*to) : e.to)
                                  : (to ? orderStateDisplayName(*to) : e.to);
        const auto role = roleFromKey(e.role);
        m_history->setItem(r, 0, cell(when(e.atMs)));
        m_history->setItem(r, 1, cell(step));
        m_history->setItem(r, 2,
                           cell(e.byName + QLatin1Char('\n') + (role ? roleDisplayName(*role) : e.role)));
        m_history->setItem(r, 3, cell(formatRupiah(e.total), true));
        m_history->setItem(r, 4, cell(e.note));
        m_history->item(r, 4)->setToolTip(e.note);
    }
    m_history->resizeColumnsToContents();
    m_history->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_history->resizeRowsToContents();
}

void OrdersTab::act(const QString& action)
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    OrderBook orders = book();
    const QString note = m_note->text();
    const QString number = m_docNumber->text().trimmed();
    const qint64 today = QDateTime::currentMSecsSinceEpoch();
    Status s;
    if (action == QLatin1String("submit"))
        s = orders.submit(id, note);
    else if (action == QLatin1String("negotiate"))
        s = orders.startNegotiation(id, note);
    else if (action == QLatin1String("approve"))
        s = orders.approve(id, note);
    else if (action == QLatin1String("contract"))
        s = orders.signContract(id, number, today);
    else if (action == QLatin1String("deliver"))
        s = orders.recordDelivery(id, number, today);
    else if (action == QLatin1String("pay"))
        s = orders.recordPayment(id, m_payment->currentText(), number);
    else if (action == QLatin1String("close"))
        s = orders.close(id);
    else if (action == QLatin1String("cancel"))
        s = orders.cancel(id, note);
    else if (action == QLatin1String("price") || action == QLatin1String("remove")) {
        const int row = m_items->currentRow();
        if (row < 0) {
            showMessage(m_message, tr("Pilih barangnya dulu"), true);
            return;
        }
        const QString product = m_items->item(row, 0)->data(Qt::UserRole).toString();
        s = action == QLatin1String("price") ? orders.negotiatePrice(id, product, rupiahValue(m_price))
                                             : orders.removeProduct(id, product);
    }
    if (!s) {
        // The policy's own words: the same refusal the server would give.
        showMessage(m_message, s.errorMessage(), true);
        return;
    }
    m_note->clear();
    m_docNumber->clear();
    showMessage(m_message, tr("Tersimpan; dikirim ke server pada sinkronisasi berikutnya"), false);
    refresh(id);
    Q_EMIT draftsChanged();
}

namespace {
QString& nextSavePath()
{
    static QString path;
    return path;
}
} // namespace

void OrdersTab::setNextSavePath(const QString& path)
{
    nextSavePath() = path;
}

void OrdersTab::saveDocument(bool bast)
{
    auto order = book().order(currentId());
    if (!order)
        return;
    auto pdf = bast ? OrderDocuments::bast(m_context.profile.database(), *order)
                    : OrderDocuments::purchaseOrder(m_context.profile.database(), *order);
    if (!pdf) {
        showMessage(m_message, pdf.errorMessage(), true);
        return;
    }
    QString name = bast ? order->bastNumber : order->contractNumber;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    QString path = nextSavePath();
    nextSavePath().clear();
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(
            this, bast ? tr("Simpan BAST") : tr("Simpan surat pesanan"),
            QDir::homePath() + QLatin1Char('/') + name + QStringLiteral(".pdf"), tr("Dokumen PDF (*.pdf)"));
    if (path.isEmpty())
        return; // cancelled: nothing written
    if (Status s = OrderDocuments::save(*pdf, path); !s) {
        showMessage(m_message, s.errorMessage(), true);
        return;
    }
    showMessage(m_message,
                tr("Tersimpan di %1; tanda tangani di modul Tanda Tangan Elektronik (penanda ${ttd})")
                    .arg(QDir::toNativeSeparators(path)),
                false);
}

// ---- page -------------------------------------------------------------------------------------------

CataloguePage::CataloguePage(ShellContext& context, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cataloguePage"));
    m_images = new ProductImageLoader(context, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("catalogueTabs"));
    m_browse = new BrowseTab(context, *m_images, m_tabs);
    m_compare = new CompareTab(context, *m_images, m_tabs);
    m_orders = new OrdersTab(context, m_tabs);
    m_tabs->addTab(m_browse, tr("Katalog"));
    m_tabs->addTab(m_compare, tr("Perbandingan"));
    m_tabs->addTab(m_orders, tr("Paket && Pesanan"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_browse, &BrowseTab::compareRequested, this,
            [this](const QStringList& ids, const QString& zone) {
                m_compare->compare(ids, zone);
                m_tabs->setCurrentWidget(m_compare);
            });
    connect(m_browse, &BrowseTab::orderChanged, this, [this](const QString& id) { m_orders->refresh(id); });
    connect(m_orders, &OrdersTab::draftsChanged, m_browse, &BrowseTab::refreshDrafts);
    // Pulled catalogue rows and order steps of others appear after each sync.
    // Only when a sync finished: the periodic status updates must not reset what the user is looking at.
    if (context.server)
        connect(context.server, &ServerConnection::statusChanged, this, [this](const SyncStatusView& status) {
            if (status.lastSync.isValid() && status.lastSync != m_lastSync) {
                m_lastSync = status.lastSync;
                refresh();
            }
        });
}

void CataloguePage::refresh()
{
    m_browse->refresh();
    m_orders->refresh();
}

} // namespace lontar::catalogue

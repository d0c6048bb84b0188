#pragma once

#include "catalogue/Catalogue.h"
#include "catalogue/Orders.h"
#include "shell/UiModule.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeWidget;

namespace lontar::catalogue {

class OrderTableModel;
class ProductImageLoader;
class ProductImageStrip;
class ProductTableModel;

// Browse, filter and search the catalogue offline; see a product's images and price history; pick
// products to compare or to add to a draft package. A catalogue admin adds and removes images here.
class BrowseTab final : public QWidget
{
    Q_OBJECT

public:
    BrowseTab(ShellContext& context, ProductImageLoader& images, QWidget* parent = nullptr);
    void refresh();       // catalogue data (after a sync)
    void refreshDrafts(); // the user's drafts to add to
    QString zone() const;
    // Tests: the next "add image" answers this path instead of showing a file dialog.
    static void setNextImagePath(const QString& path);

Q_SIGNALS:
    void compareRequested(const QStringList& productIds, const QString& zone);
    void orderChanged(const QString& orderId);

private:
    void search();
    void showDetail();
    void addToDraft();
    void addImage();
    void removeImage(const QString& sha256);
    void openImage(const QString& sha256);
    void selectProduct(const QString& productId);
    QStringList selectedIds() const;
    bool isCatalogueAdmin() const;

    ShellContext& m_context;
    ProductImageLoader& m_images;
    QLineEdit* m_search;
    QComboBox* m_zone;
    QTreeWidget* m_categories;
    QLineEdit* m_minPrice;
    QLineEdit* m_maxPrice;
    QSpinBox* m_tkdn;
    QCheckBox* m_pdn;
    QCheckBox* m_umk;
    QTableView* m_table;
    ProductTableModel* m_model;
    QLabel* m_detail;
    ProductImageStrip* m_imageStrip;
    QPushButton* m_addImage;
    QTableWidget* m_history;
    QComboBox* m_drafts;
    QSpinBox* m_qty;
    QPushButton* m_compare;
    QPushButton* m_add;
    QLabel* m_status;
};

// Up to four products side by side with their first image: the lowest price and the highest TKDN are
// marked.
class CompareTab final : public QWidget
{
    Q_OBJECT

public:
    CompareTab(ShellContext& context, ProductImageLoader& images, QWidget* parent = nullptr);
    void compare(const QStringList& productIds, const QString& zone);

private:
    void showImages();

    ShellContext& m_context;
    ProductImageLoader& m_images;
    QLabel* m_caption;
    QTableWidget* m_table;
    QList<Product> m_products;
};

// Packages and orders: create a draft against a budget line, its goods, every workflow step the
// logged-in user may take, and the order's history.
class OrdersTab final : public QWidget
{
    Q_OBJECT

public:
    OrdersTab(ShellContext& context, QWidget* parent = nullptr);
    void refresh(const QString& selectId = {});
    // Tests: the next "save as" answers this path instead of showing a file dialog.
    static void setNextSavePath(const QString& path);

Q_SIGNALS:
    void draftsChanged();

private:
    void createDraft();
    void showOrder();
    void act(const QString& action);
    void saveDocument(bool bast);
    QString currentId() const;
    OrderBook book() const;

    ShellContext& m_context;
    QTableView* m_list;
    OrderTableModel* m_model;
    QLineEdit* m_title;
    QLineEdit* m_rup;
    QLineEdit* m_account;
    QLineEdit* m_budget;
    QComboBox* m_zone;
    QLabel* m_summary;
    QTableWidget* m_items;
    QTableWidget* m_history;
    QLineEdit* m_note;
    QLineEdit* m_docNumber;
    QComboBox* m_payment;
    QLineEdit* m_price;
    QList<QPushButton*> m_actions;
    QPushButton* m_orderPdf;
    QPushButton* m_bastPdf;
    QLabel* m_message;
};

// The e-catalogue's main widget: the three tabs wired together, refreshed after each sync.
class CataloguePage final : public QWidget
{
    Q_OBJECT

public:
    CataloguePage(ShellContext& context, QWidget* parent = nullptr);
    void refresh();

private:
    ProductImageLoader* m_images;
    QTabWidget* m_tabs;
    BrowseTab* m_browse;
    CompareTab* m_compare;
    OrdersTab* m_orders;
    QDateTime m_lastSync;
};

} // namespace lontar::catalogue

#pragma once

#include "catalogue/Orders.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lontar::catalogue {

// The order's documents as PDF (QTextDocument on A4 through QPdfWriter): the surat pesanan once the
// contract is signed and the BAST once the goods are received. Each carries the text "${ttd}" where the
// PPK signs, the anchor the TTE engine places its visible stamp on (lontar-cli sign --anchor), so the
// file goes straight to signing. Needs a QGuiApplication (fonts).
class OrderDocuments
{
    Q_DECLARE_TR_FUNCTIONS(lontar::catalogue::OrderDocuments)

public:
    static Result<QByteArray> purchaseOrder(Database& db, const Order& order);
    static Result<QByteArray> bast(Database& db, const Order& order);
    // Written atomically.
    static Status save(const QByteArray& pdf, const QString& path);
    static QString signatureAnchor() { return QStringLiteral("${ttd}"); }
};

} // namespace lontar::catalogue

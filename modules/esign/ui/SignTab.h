#pragma once

#include "esign/PdfSigner.h"
#include "esign/SignerIdentity.h"
#include "shell/UiModule.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace Poppler {
class Document;
}

namespace lontar::esign {

class KeyChooser;
class PdfPageView;

// Signing one document: a guided empty state, the page with the stamp to place, the key, the kind of
// signature (final, paraf, without stamp), and after signing "Buka berkas" / "Buka folder". The stamp
// shows who the certificate belongs to; a certificate of someone else, or a final signature by a user
// who is not a signing official, is refused before anything is written.
class SignTab : public QWidget
{
    Q_OBJECT

public:
    SignTab(ShellContext& context, QWidget* parent = nullptr);
    ~SignTab() override;

    void openDocument(const QString& path);
    KeyChooser* keyChooser() const { return m_keyChooser; }
    SignatureKind kind() const;
    // The options every signing of this screen uses (reason, place, timestamp, kind, stamp basics);
    // page and rectangle are the caller's.
    SignOptions baseOptions() const;
    // The certificate's holder, checked against the logged-in user for `kind`; a readable refusal.
    Result<CertificateIdentity> checkKey(const SigningKey& key, SignatureKind kind) const;

Q_SIGNALS:
    void documentSigned(const QString& outputPath);

private:
    void sign();
    void showPage(int page);
    void kindChanged();
    void showResult(bool ok, const QString& message, const QString& output = {});

    ShellContext& m_context;
    QString m_timeZone;
    std::unique_ptr<Poppler::Document> m_document;
    QString m_documentPath;
    QStackedWidget* m_pageStack = nullptr; // empty state / the page
    PdfPageView* m_view = nullptr;
    QSpinBox* m_pageSpin = nullptr;
    KeyChooser* m_keyChooser = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_level = nullptr;   // PAdES B-B, B-T, B-LT, B-LTA
    QComboBox* m_certify = nullptr; // DocMDP: none, or what later changes remain allowed
    QLineEdit* m_tsaUrl = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_location = nullptr;
    QPushButton* m_signButton = nullptr;
    QLabel* m_documentLabel = nullptr;
    QLabel* m_signStatus = nullptr;
    QPushButton* m_openFile = nullptr;
    QPushButton* m_openFolder = nullptr;
    QString m_lastOutput;
};

} // namespace lontar::esign

#pragma once

#include "core/Result.h"
#include "esign/SigningKey.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;

namespace lontar::esign {

// Where the signing key comes from: a key file (.p12 / .pfx) or a token / smart card. Shared by the
// single and the batch signing tabs, so a key chosen once serves both.
class KeyChooser : public QWidget
{
    Q_OBJECT

public:
    explicit KeyChooser(QWidget* parent = nullptr);
    // Asks for the password or PIN and opens the key. A closed prompt is Error::Code::Cancelled.
    Result<std::unique_ptr<SigningKey>> openKey();
    void setKeyFile(const QString& path);

private:
    void browse();

    QComboBox* m_source = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QLineEdit* m_tokenModule = nullptr;
    QLineEdit* m_tokenLabel = nullptr;
};

} // namespace lontar::esign

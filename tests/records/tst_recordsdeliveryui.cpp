#include "RecordsTestSupport.h"

#include "core/Uuid.h"
#include "records/Letters.h"
#include "records/OutgoingLetters.h"
#include "records/ui/DeliveriesWidget.h"
#include "records/ui/InboxWidget.h"
#include "records/ui/LetterView.h"
#include "records/ui/LettersPdfPreview.h"
#include "records/ui/RecordsSession.h"
#include "shell/Theme.h"
#include "shell/UiModule.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::test;

// The inbox's "Kiriman naskah" on a demo profile: signed letters dispatched to DISKOMINFO arrive as a
// pull leaves them (the synced row and its projection). Driven by objectName: the count on the card and
// the tab, a delivery to another unit and one above the user's clearance never listed, the kadis (not a
// pencatat) told who registers it, a PDF not yet on the device refused with what to do, then the
// pencatat's "Terima dan catat": an incoming letter with the next agenda number opens, and the queue
// shows its empty hint. Screenshots go to test-output/tst_recordsdeliveryui/.
class TestRecordsDeliveryUi : public QObject
{
    Q_OBJECT

    RecordsDevice m_device;
    QString m_delivery;  // to DISKOMINFO, PDF on the device
    QString m_noFile;    // to DISKOMINFO, PDF not downloaded
    QString m_secret;    // rahasia, to DISKOMINFO
    QString m_otherUnit; // to BKPSDM
    QString m_sha;

    std::unique_ptr<ShellContext> contextFor(const QString& username)
    {
        auto user = m_device.profile->identity().userByUsername(username);
        if (!user)
            qFatal("no user %s", qPrintable(username));
        return std::make_unique<ShellContext>(ShellContext{*m_device.profile, *user, nullptr});
    }

    template <typename T> static T* child(QWidget* w, const QString& name)
    {
        auto* c = w->findChild<T*>(name);
        if (!c)
            qFatal("no %s", qPrintable(name));
        return c;
    }

    static void shot(QWidget* w, const QString& name)
    {
        QVERIFY(w->window()->grab().save(outputDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    QString unitId(const QString& code)
    {
        return m_device.db()
            .scalar(QStringLiteral("SELECT id FROM org_units WHERE code = ?"), {code})
            ->toString();
    }

    // A delivery row as the server writes it (checkSend rebuilds every field from the signed letter),
    // stored as a pull leaves it.
    QString deliver(const QString& unitCode, const QString& nomor, const QString& hal, const QString& sha,
                    const QString& security = QStringLiteral("biasa"))
    {
        const QString outgoing = newUuid();
        const QString unit = unitId(unitCode);
        const QString id = deliveryId(outgoing, unit);
        const QJsonObject row{{QStringLiteral("outgoingId"), outgoing},
                              {QStringLiteral("unitId"), unit},
                              {QStringLiteral("fromUnitId"), unitId(QStringLiteral("SETDA"))},
                              {QStringLiteral("fromUnitName"), QStringLiteral("Sekretariat Daerah")},
                              {QStringLiteral("nomor"), nomor},
                              {QStringLiteral("hal"), hal},
                              {QStringLiteral("sifat"), QStringLiteral("segera")},
                              {QStringLiteral("securityClass"), security},
                              {QStringLiteral("classification"), QStringLiteral("000.1.5")},
                              {QStringLiteral("letterDate"), QStringLiteral("2026-03-03")},
                              {QStringLiteral("signerName"), QStringLiteral("Dr. Sindi Pratama, S.H., M.H.")},
                              {QStringLiteral("signerPosition"), QStringLiteral("Sekretaris Daerah")},
                              {QStringLiteral("fileSha256"), sha},
                              {QStringLiteral("fileName"), QStringLiteral("surat.pdf")},
                              {QStringLiteral("sentAt"), double(QDateTime::currentMSecsSinceEpoch())},
                              {QStringLiteral("status"), outgoing::kTerkirim}};
        const EntitySpec* spec = sync::EntityRegistry::instance().find(kDeliveryEntity);
        if (!spec || !spec->project)
            qFatal("records_delivery not registered");
        Transaction tx(m_device.db());
        if (!m_device.db()
                 .exec(QStringLiteral("INSERT INTO sync_rows (entity, entity_id, version, data, deleted, "
                                      "updated_at) VALUES (?, ?, 1, ?, 0, 0)"),
                       {kDeliveryEntity, id,
                        QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact))})
                 .ok() ||
            !spec->project(m_device.db(), id, row, false) || !tx.commit())
            qFatal("cannot store delivery");
        return id;
    }

    QString storedStatus(const QString& id)
    {
        return m_device.db()
            .scalar(QStringLiteral("SELECT status FROM rec_deliveries WHERE id = ?"), {id})
            ->toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Theme::apply(*qApp);
        // The signed PDF, already downloaded by the sync engine into the profile's blob folder.
        const QByteArray pdf = makeLetterPdf(
            QStringLiteral("000.1.5/14/SETDA/2026"), QStringLiteral("Undangan apel kesiapsiagaan bencana"),
            {QStringLiteral("Seluruh kepala perangkat daerah diundang hadir.")});
        m_sha = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        QDir().mkpath(m_device.blobDir());
        QVERIFY(writeFile(m_device.blobDir() + QLatin1Char('/') + m_sha, pdf));
        m_delivery = deliver(QStringLiteral("DISKOMINFO"), QStringLiteral("000.1.5/14/SETDA/2026"),
                             QStringLiteral("Undangan apel kesiapsiagaan bencana"), m_sha);
        m_noFile =
            deliver(QStringLiteral("DISKOMINFO"), QStringLiteral("000.1.5/15/SETDA/2026"),
                    QStringLiteral("Jadwal rapat evaluasi layanan publik"), QString(64, QLatin1Char('a')));
        m_secret = deliver(QStringLiteral("DISKOMINFO"), QStringLiteral("000.1.5/16/SETDA/2026"),
                           QStringLiteral("Hasil uji penetrasi jaringan"), QString(64, QLatin1Char('b')),
                           QStringLiteral("rahasia"));
        m_otherUnit = deliver(QStringLiteral("BKPSDM"), QStringLiteral("800.1/17/SETDA/2026"),
                              QStringLiteral("Formasi pegawai tahun depan"), QString(64, QLatin1Char('c')));
        // One letter already in DISKOMINFO's book: the delivery gets the next agenda number.
        LetterDraft draft;
        draft.perihal = QStringLiteral("Surat sebelumnya");
        LONTAR_VERIFY_OK(
            LetterRegister(m_device.db(), m_device.profile->audit(), m_device.actor(QStringLiteral("tu")))
                .registerLetter(draft));
    }

    void emptyQueueShowsAHint()
    {
        // The staf's unit (APTIKA) has no delivery; DISKOMINFO's are not theirs.
        auto context = contextFor(QStringLiteral("staf"));
        RecordsSession session(*context);
        DeliveriesWidget queue(session);
        queue.resize(1100, 600);
        queue.show();
        QCOMPARE(queue.count(), 0);
        auto* hint = child<QLabel>(&queue, QStringLiteral("deliveriesEmpty"));
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("pencatat surat")));
        QVERIFY(!child<QPushButton>(&queue, QStringLiteral("deliveriesReceive"))->isVisible());
        shot(&queue, QStringLiteral("kiriman-kosong"));
    }

    void kadisSeesWhoRegistersIt()
    {
        // Clearance rahasia: the secret delivery is listed for the kadis, the other unit's never.
        auto context = contextFor(QStringLiteral("kadis"));
        RecordsSession session(*context);
        DeliveriesWidget queue(session);
        queue.resize(1100, 600);
        queue.show();
        QCOMPARE(queue.count(), 3);
        QVERIFY(!queue.select(m_otherUnit));
        QVERIFY(queue.select(m_delivery));
        const Status s = queue.receiveSelected();
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Forbidden);
        auto* message = child<QLabel>(&queue, QStringLiteral("deliveriesMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("pencatat surat")), qPrintable(message->text()));
        QCOMPARE(storedStatus(m_delivery), outgoing::kTerkirim);
        QVERIFY(!queue.openedLetter());
    }

    void pencatatRegistersFromTheInbox()
    {
        auto context = contextFor(QStringLiteral("tu"));
        RecordsSession session(*context);
        InboxWidget inbox(session);
        inbox.resize(1280, 760);
        inbox.show();
        // Biasa clearance: the rahasia delivery is not listed; the other unit's neither.
        QCOMPARE(child<QLabel>(&inbox, QStringLiteral("inboxCountDeliveriesValue"))->text(),
                 QStringLiteral("2"));
        QVERIFY(child<QWidget>(&inbox, QStringLiteral("inboxCountDeliveries"))->isVisible());
        auto* tabs = child<QTabWidget>(&inbox, QStringLiteral("inboxTabs"));
        DeliveriesWidget* queue = inbox.deliveries();
        QCOMPARE(tabs->tabText(tabs->indexOf(queue)), QStringLiteral("Kiriman naskah (2)"));
        tabs->setCurrentWidget(queue);
        QVERIFY(!queue->select(m_secret));
        auto* list = child<QTreeWidget>(queue, QStringLiteral("deliveriesList"));
        QCOMPARE(list->topLevelItemCount(), 2);

        // The PDF not yet downloaded: refused with what to do, nothing registered.
        const qint64 letters = m_device.count(QStringLiteral("SELECT COUNT(*) FROM rec_letters"));
        QVERIFY(queue->select(m_noFile));
        QVERIFY(!queue->receiveSelected());
        QVERIFY(child<QLabel>(queue, QStringLiteral("deliveriesMessage"))
                    ->text()
                    .contains(QStringLiteral("Unduh berkas")));
        QCOMPARE(m_device.count(QStringLiteral("SELECT COUNT(*) FROM rec_letters")), letters);
        QCOMPARE(storedStatus(m_noFile), outgoing::kTerkirim);

        QVERIFY(queue->select(m_delivery));
        QVERIFY(child<QLabel>(queue, QStringLiteral("deliveriesDetails"))
                    ->text()
                    .contains(QStringLiteral("3 Maret 2026")));
        QTRY_VERIFY_WITH_TIMEOUT(queue->findChild<QWidget*>(QStringLiteral("deliveriesPreview"))->isVisible(),
                                 2000);
        QTRY_VERIFY_WITH_TIMEOUT(
            queue->findChild<LettersPdfPreview*>(QStringLiteral("deliveriesPreview"))->renderedPages() >= 1,
            10000);
        shot(&inbox, QStringLiteral("kiriman-naskah"));
        child<QPushButton>(queue, QStringLiteral("deliveriesReceive"))->click();
        QCOMPARE(storedStatus(m_delivery), outgoing::kDiterima);
        QVERIFY(queue->openedLetter());
        const IncomingLetter& letter = queue->openedLetter()->letter();
        QCOMPARE(letter.nomor, QStringLiteral("000.1.5/14/SETDA/2026"));
        QCOMPARE(letter.perihal, QStringLiteral("Undangan apel kesiapsiagaan bencana"));
        QCOMPARE(letter.fileSha256, m_sha);
        QCOMPARE(letter.agendaSeq, 2);
        QCOMPARE(m_device.count(
                     QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE entity = ? AND entity_id = ?"),
                     {kDeliveryEntity, m_delivery}),
                 1);
        QVERIFY(child<QLabel>(queue, QStringLiteral("deliveriesMessage"))->text().contains(letter.agenda));
        queue->openedLetter()->resize(1220, 800);
        QTRY_VERIFY_WITH_TIMEOUT(queue->openedLetter()->preview()->renderedPages() >= 1, 10000);
        shot(queue->openedLetter(), QStringLiteral("kiriman-dicatat"));
        queue->openedLetter()->close();
        QCOMPARE(queue->count(), 1);
        QCOMPARE(child<QLabel>(&inbox, QStringLiteral("inboxCountDeliveriesValue"))->text(),
                 QStringLiteral("1"));

        // Registered once: the same delivery cannot be taken again.
        QVERIFY(!queue->select(m_delivery));
    }
};

QTEST_MAIN(TestRecordsDeliveryUi)
#include "tst_recordsdeliveryui.moc"

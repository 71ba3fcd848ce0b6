// Sealed exchange in the desktop app (issue 15), with both libraries on writer threads as in
// the app: Share… asks for recipients and writes the package; Receive Package… shows a new
// sender's fingerprint before receiving; a known sender under other keys is a loud warning
// and nothing is received unless the user confirms; the inbox folder receives a known
// sender's package by itself; the exchange key dialog shows the key and its fingerprint.
// The selection also leaves as a bag, an Uwazi ZIP and a time-stamp request, and a reply
// that is not one is refused with a reason.

#include "GuiTestSupport.h"
#include "common/LibraryWrites.h"
#include "crypto/SigningKey.h"
#include "exchange/ExchangeController.h"
#include "exchange/ExchangeKeyDialog.h"
#include "exchange/ExportController.h"
#include "exchange/SealedPackage.h"
#include "exchange/ShareDialog.h"
#include "settings/SettingsDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace amanat;
using namespace amanat::ui;
using amanat::test::child;

namespace {

/** One open library as the app holds it, and its exchange controller in a window. */
struct Side
{
    std::unique_ptr<Library> library;
    std::unique_ptr<LibraryWriter> writer;
    std::unique_ptr<QWidget> window;
    ExchangeController *exchange = nullptr;
    QVector<qint64> selection;

    bool open(const QString &folder, const char *program)
    {
        QDir().mkpath(folder);
        library = test::createLibrary(folder, QString::fromLatin1(program));
        if (!library)
            return false;
        writer = test::moveToWriterThread(library);
        window = std::make_unique<QWidget>();
        window->resize(900, 600);
        window->show();
        exchange = new ExchangeController(window.get());
        exchange->setSelectionSource([this] { return selection; });
        exchange->setLibrary(library.get());
        return QTest::qWaitForWindowExposed(window.get());
    }
    void close()
    {
        exchange->setLibrary(nullptr);
        window.reset();
        library.reset();
        writer.reset();
    }
    template <typename T> T *shown(const char *name)
    {
        T *widget = nullptr;
        const bool visible = QTest::qWaitFor(
            [&] {
                widget = window->findChild<T *>(QString::fromLatin1(name));
                return widget && widget->isVisible();
            },
            30000);
        return visible ? widget : nullptr;
    }
    int items() const
    {
        return writeNow(*library,
                        [](Library &l) -> Result<int> {
                            auto all = l.items().list();
                            return all.ok() ? Result<int>(int(all->size()))
                                            : Result<int>(all.error());
                        })
            .value();
    }
    ExchangeIdentity identity() const
    {
        return writeNow(*library, [](Library &l) { return l.exchangeIdentity(); }).value();
    }
};

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Side m_a, m_b;
    QString m_package;

    QString sourceFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return path;
    }

    qint64 importIntoA(const QString &name, const QByteArray &bytes)
    {
        const QString path = sourceFile(name, bytes);
        auto outcome = writeNow(*m_a.library, [path](Library &l) {
            return l.importer().importFile(path, ImportOptions());
        });
        return outcome.ok() ? outcome->itemId : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_a.open(m_dir.filePath(QStringLiteral("a")), "tst_exchange A"));
        QVERIFY(m_b.open(m_dir.filePath(QStringLiteral("b")), "tst_exchange B"));
        const qint64 report = importIntoA(QStringLiteral("report.txt"), "A report from A.\n");
        const qint64 photo = importIntoA(QStringLiteral("photo.bin"), QByteArray(50000, 'p'));
        QVERIFY(report && photo);
        m_a.selection = {report, photo};
        // A name that would be markup if a dialog took it for rich text.
        QVERIFY(writeNow(*m_a.library, [](Library &l) -> Status {
                    return l.atomically([](Library &lib) -> Status {
                        return lib.custody().setCustodianName(QStringLiteral("Field <b>office</b>"),
                                                              QStringLiteral("tst_exchange"));
                    });
                }).ok());
    }

    void cleanupTestCase()
    {
        m_a.close();
        m_b.close();
    }

    void shareAsksForRecipientsThenSeals()
    {
        m_a.exchange->shareSelectionAction()->trigger();
        auto *dialog = m_a.shown<ShareDialog>("shareDialog");
        QVERIFY(dialog);
        m_package = m_dir.filePath(QStringLiteral("to-b.amanatx"));
        child<QLineEdit>(dialog, "packagePath")->setText(m_package);
        // No recipient: refused in place, nothing written.
        child<QPushButton>(dialog, "shareButton")->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "shareError")->isVisible());
        child<QPlainTextEdit>(dialog, "recipientKeys")->setPlainText(m_b.identity().publicText());
        child<QPushButton>(dialog, "shareButton")->click();
        QVERIFY(m_a.shown<QMessageBox>("shareDone"));
        QVERIFY(QFileInfo::exists(m_package));
        QCOMPARE(writeNow(*m_a.library,
                          [](Library &l) -> Result<int> {
                              return test::countEvents(l, QStringLiteral("share"));
                          })
                     .value(),
                 1);
    }

    void aNewSenderIsShownWithItsFingerprint()
    {
        const int before = m_b.items();
        m_b.exchange->receiveFile(m_package);
        auto *question = m_b.shown<QMessageBox>("newSenderQuestion");
        QVERIFY(question);
        // The fingerprint to check is there, in the lines the dialog shows.
        const QString grouped = m_a.identity().displayFingerprint();
        QVERIFY2(question->informativeText().contains(grouped.left(19)),
                 qPrintable(question->informativeText()));
        // The sender's name is shown as it was written, never as markup.
        QVERIFY2(question->text().contains(QLatin1String("Field <b>office</b>")),
                 qPrintable(question->text()));
        QCOMPARE(question->textFormat(), Qt::PlainText);
        child<QPushButton>(question, "receiveButton")->click();
        QVERIFY(m_b.shown<QMessageBox>("receiveDone"));
        QCOMPARE(m_b.items(), before + 2);
    }

    void aChangedKeyIsALoudWarningAndNothingIsReceived()
    {
        // A package that claims A's library id under other keys.
        const QString aId =
            writeNow(*m_a.library, [](Library &l) -> Result<QString> {
                auto key = l.exchangeKey();
                return key.ok() ? Result<QString>((*key)->libraryId) : Result<QString>(key.error());
            }).value();
        const SigningKey other = SigningKey::generate();
        const QString forged = m_dir.filePath(QStringLiteral("forged.amanatx"));
        {
            QFile file(forged);
            QVERIFY(file.open(QIODevice::WriteOnly));
            auto writer = SealedPackageWriter::start(
                file, other,
                PackageSender{
                    QStringLiteral("A"), aId,
                    ExchangeIdentity{ExchangeKey::generate().publicKey(), other.publicKey()}},
                {m_b.identity()});
            QVERIFY(writer.ok());
            const QByteArray manifest = R"({"format":"amanat-exchange-items","items":[]})";
            QByteArray length(8, Qt::Uninitialized);
            qToBigEndian(quint64(manifest.size()), length.data());
            QVERIFY((*writer)->write(length + manifest).ok());
            QVERIFY((*writer)->finish().ok());
        }
        const int receives = writeNow(*m_b.library, [](Library &l) -> Result<int> {
                                 return test::countEvents(l, QStringLiteral("receive"));
                             }).value();
        m_b.exchange->receiveFile(forged);
        auto *warning = m_b.shown<QMessageBox>("changedKeyWarning");
        QVERIFY(warning);
        QCOMPARE(warning->icon(), QMessageBox::Warning);
        // The safe answer is the default one.
        QVERIFY(warning->defaultButton() != child<QPushButton>(warning, "confirmNewKeysButton"));
        warning->defaultButton()->click();
        QTRY_VERIFY(!warning->isVisible());
        QCOMPARE(writeNow(*m_b.library,
                          [](Library &l) -> Result<int> {
                              return test::countEvents(l, QStringLiteral("receive"));
                          })
                     .value(),
                 receives);
    }

    void theInboxReceivesAKnownSendersPackage()
    {
        const QString inbox = m_dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        m_b.exchange->showExchangeKey();
        auto *dialog = m_b.shown<ExchangeKeyDialog>("exchangeKeyDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(!child<QLineEdit>(dialog, "exchangeKeyText")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(dialog, "exchangeKeyText")->text(), m_b.identity().publicText());
        Q_EMIT dialog->inboxChosen(inbox);
        QTRY_COMPARE(child<QLineEdit>(dialog, "inboxFolder")->text(), inbox);
        dialog->close();

        const qint64 note = importIntoA(QStringLiteral("note.txt"), "A later note from A.\n");
        m_a.selection = {note};
        m_a.exchange->shareSelectionAction()->trigger();
        auto *share = m_a.shown<ShareDialog>("shareDialog");
        QVERIFY(share);
        child<QLineEdit>(share, "packagePath")->setText(inbox + QStringLiteral("/later.amanatx"));
        child<QPlainTextEdit>(share, "recipientKeys")->setPlainText(m_b.identity().publicText());
        child<QPushButton>(share, "shareButton")->click();
        QVERIFY(m_a.shown<QMessageBox>("shareDone"));
        const int before = m_b.items();
        QSignalSpy messages(m_b.exchange, &ExchangeController::message);
        QTRY_COMPARE_WITH_TIMEOUT(m_b.items(), before + 1, 30000);
        QTRY_VERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().first().toString().startsWith(QLatin1String("Inbox:")),
                 qPrintable(messages.last().first().toString()));
    }

    void settingsLeadToTheContacts()
    {
        auto *settings = new SettingsDialog(m_b.library.get(), m_b.window.get());
        settings->setAttribute(Qt::WA_DeleteOnClose);
        settings->addContactsAction(m_b.exchange->exchangeKeyAction());
        settings->show();
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        QPointer<SettingsDialog> watched = settings;
        child<QPushButton>(settings, "contactsButton")->click();
        QTRY_VERIFY(!watched || !watched->isVisible());
        auto *dialog = m_b.shown<ExchangeKeyDialog>("exchangeKeyDialog");
        QVERIFY(dialog);
        // The sender B received from is listed.
        QTRY_COMPARE(child<QTreeWidget>(dialog, "contactsList")->topLevelItemCount(), 1);
        dialog->close();
    }

    void theSelectionLeavesInOpenFormats()
    {
        auto *exports = new ExportController(m_a.window.get());
        exports->setLibrary(m_a.library.get());
        const QVector<qint64> ids = m_a.selection;
        const auto done = [this](const char *name) {
            auto *box = m_a.shown<QMessageBox>(name);
            const QString text = box ? box->text() : QString();
            if (box)
                box->close();
            return text;
        };
        const QString bag = m_dir.filePath(QStringLiteral("bag"));
        exports->exportBag(ids, bag);
        QVERIFY2(!done("exportDone").isEmpty(), "no bag");
        QVERIFY(QFileInfo::exists(bag + QStringLiteral("/bagit.txt")));
        QVERIFY(QFileInfo::exists(bag + QStringLiteral("/manifest-sha256.txt")));
        const QString zip = m_dir.filePath(QStringLiteral("uwazi.zip"));
        exports->exportUwazi(ids, zip);
        QVERIFY2(!done("exportDone").isEmpty(), "no ZIP");
        QVERIFY(QFileInfo(zip).size() > 0);
        const QString tsq = m_dir.filePath(QStringLiteral("items.tsq"));
        exports->requestTimeStamp(ids, tsq);
        QVERIFY2(done("exportDone").contains(QLatin1String("items.tsq")), "no request");
        QVERIFY(QFileInfo(tsq).size() > 0);
        // The request is not a reply: refused, with the reason, and nothing stored.
        const int before = writeNow(*m_a.library, [](Library &l) -> Result<int> {
                               return test::countEvents(l, QStringLiteral("timestamp"));
                           }).value();
        exports->importReply(tsq);
        QVERIFY(!done("exportFailed").isEmpty());
        QCOMPARE(writeNow(*m_a.library,
                          [](Library &l) -> Result<int> {
                              return test::countEvents(l, QStringLiteral("timestamp"));
                          })
                     .value(),
                 before);
        exports->setLibrary(nullptr);
    }
};

QTEST_MAIN(TestExchange)
#include "tst_exchange.moc"

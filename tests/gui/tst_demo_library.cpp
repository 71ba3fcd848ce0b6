// `amanat --demo`: the generated demo library holds items of every kind, extracted through
// the real amanat-extract helper, with testimony fields (fake protected values), tags and a
// saved search; the unlock screen shows its passphrase and opens it.

#include "demo/DemoLibrary.h"
#include "library/Library.h"
#include "unlock/UnlockWidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace amanat;
using namespace amanat::ui;

class TestDemoLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
#ifdef AMANAT_EXTRACT_PATH
        qputenv("AMANAT_EXTRACT", AMANAT_EXTRACT_PATH);
#endif
        QVERIFY(m_dir.isValid());
        auto created = DemoLibrary::create(m_dir.path(), QStringLiteral("tst_demo_library"));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        m_path = created->path;
        m_passphrase =
            QString::fromUtf8(created->passphrase.chars(), int(created->passphrase.size()));
        QCOMPARE(created->summary.imported, 9);
        QVERIFY(created->summary.importFailures.isEmpty());
        for (const auto &failure : created->summary.extractionFailures)
            qWarning() << failure.path << failure.reason;
        QVERIFY(created->summary.extractionFailures.isEmpty());
        // Only the library is left: the sample files were removed after the import.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("Demo.amanat")});
    }

    void passphraseIsRandomWords()
    {
        QVERIFY(m_passphrase.split(QLatin1Char(' ')).size() >= 5);
        const SecureBuffer other = DemoLibrary::randomPassphrase();
        QVERIFY(QString::fromUtf8(other.chars(), int(other.size())) != m_passphrase);
    }

    void itemsOfEveryKindAreExtracted()
    {
        auto library = open();
        QVERIFY(library);
        auto items = library->items().list();
        QVERIFY(items.ok());
        QSet<QString> kinds;
        for (const Item &item : *items) {
            kinds.insert(item.kind);
            auto info = library->extractions().info(item.id);
            QVERIFY(info.ok());
            QVERIFY2(info->has_value(), qPrintable(item.field("title")));
            QVERIFY2((*info)->status == QLatin1String("ok"),
                     qPrintable(item.field("title") + QStringLiteral(": ") + (*info)->status +
                                QStringLiteral(" ") + (*info)->error));
        }
        const QSet<QString> every{QStringLiteral("testimony"), QStringLiteral("scan"),
                                  QStringLiteral("video"),     QStringLiteral("audio"),
                                  QStringLiteral("image"),     QStringLiteral("report"),
                                  QStringLiteral("document")};
        QCOMPARE(kinds, every);
    }

    void reportTextRoundTripsEveryScript()
    {
        auto library = open();
        QVERIFY(library);
        auto hits = library->search().search(QString::fromUtf8("检查站"), 10);
        QVERIFY2(hits.ok(), qPrintable(hits.error().message));
        QVERIFY(hits->total >= 1);
        auto arabic = library->search().search(QString::fromUtf8("التفتيش"), 10);
        QVERIFY(arabic.ok());
        QVERIFY(arabic->total >= 1);
        auto ocr = library->search().search(QStringLiteral("permit kind:scan"), 10);
        QVERIFY(ocr.ok());
        QCOMPARE(ocr->total, 1); // the scan's text came from OCR
    }

    void testimoniesTagsAndSavedSearch()
    {
        auto library = open();
        QVERIFY(library);
        auto items = library->items().list();
        QVERIFY(items.ok());
        int testimonies = 0;
        for (const Item &item : *items) {
            if (item.kind != QLatin1String("testimony"))
                continue;
            ++testimonies;
            QVERIFY(item.field("witness_code").startsWith(QLatin1String("W-D0")));
            QVERIFY(item.protectedFieldsSet.contains(QStringLiteral("witness_name")));
            QVERIFY(item.tags.contains(QStringLiteral("Demo/Testimonies")));
            QVERIFY(!item.field("transcript").isEmpty());
            auto full = library->items().get(item.id, ItemRepository::Protected::Include);
            QVERIFY(full.ok());
            QVERIFY(full->field("witness_name").contains(QLatin1String("not a real person")));
        }
        QCOMPARE(testimonies, 3);
        auto saved = library->savedSearches().all();
        QVERIFY(saved.ok());
        QCOMPARE(saved->size(), 1);
        auto hits = library->search().search(saved->first().query, 10);
        QVERIFY(hits.ok());
        QVERIFY(hits->total >= 2);
    }

    void aDossierIsReadyToExport()
    {
        auto library = open();
        QVERIFY(library);
        auto dossiers = library->dossiers().all();
        QVERIFY(dossiers.ok());
        QCOMPARE(dossiers->size(), 1);
        auto sections = library->dossiers().sections(dossiers->first().id);
        QVERIFY(sections.ok());
        QCOMPARE(sections->size(), 3);
        int exhibits = 0;
        bool segment = false;
        for (const DossierSection &section : *sections) {
            exhibits += int(section.exhibits.size());
            for (const Exhibit &exhibit : section.exhibits)
                segment = segment || (exhibit.startMs && exhibit.endMs);
        }
        QCOMPARE(exhibits, 5);
        QVERIFY(segment);
        // The video's exhibit is the passage of its saved clip.
        auto clips = library->clipMarkers().list(sections->last().exhibits.last().itemId);
        QVERIFY(clips.ok());
        QCOMPARE(clips->size(), 1);
        QCOMPARE(sections->last().exhibits.last().startMs,
                 std::optional<qint64>(clips->first().startMs));
        QCOMPARE(sections->first().exhibits.first().label, QStringLiteral("A1"));
    }

    void unlockScreenShowsThePassphrase()
    {
        UnlockWidget unlock(QStringLiteral("tst_demo_library"));
        unlock.showPreparing(QStringLiteral("Preparing"));
        QVERIFY(unlock.isBusy());
        unlock.setDemoLibrary(m_path, m_passphrase);
        unlock.show();
        QVERIFY(!unlock.isBusy());
        auto *label = unlock.findChild<QLabel *>(QStringLiteral("demoPassphraseLabel"));
        QVERIFY(label && label->isVisible());
        QVERIFY(label->text().contains(m_passphrase));
        QCOMPARE(unlock.libraryPath(), m_path);
        QSignalSpy unlocked(&unlock, &UnlockWidget::unlocked);
        QTest::keyClicks(unlock.findChild<QLineEdit *>(QStringLiteral("passphraseEdit")),
                         m_passphrase);
        QTest::mouseClick(unlock.findChild<QPushButton *>(QStringLiteral("unlockButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 60000);
        QVERIFY(unlock.takeLibrary());
    }

private:
    std::unique_ptr<Library> open()
    {
        QByteArray bytes = m_passphrase.toUtf8();
        auto library = Library::open(m_path, SecureBuffer::takeFrom(bytes), Library::Access::Read,
                                     QStringLiteral("tst_demo_library"));
        if (!library.ok()) {
            qWarning() << library.error().message;
            return nullptr;
        }
        return std::move(*library);
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_passphrase;
};

QTEST_MAIN(TestDemoLibrary)
#include "tst_demo_library.moc"

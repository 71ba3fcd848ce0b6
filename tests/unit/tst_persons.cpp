// Issue 10: protected people with several name variants and contacts, the testimony fields
// that map onto them, exemptions per dossier, review records, and the migration from the
// single witness_name/witness_contact columns of schema 4.

#include "CoreFixture.h"

#include "repository/DossierRepository.h"
#include "repository/PersonRepository.h"
#include "repository/ReviewRepository.h"

#include <QtTest>

using namespace amanat;
using namespace amanat::test;

class TestPersons : public QObject
{
    Q_OBJECT

private:
    static QStringList textsOf(const QVector<RedactionTerm> &terms)
    {
        QStringList out;
        for (const RedactionTerm &term : terms)
            out << term.text;
        return out;
    }

    static QByteArray allDetails(CoreFixture &f)
    {
        auto stmt = f.db->prepare("SELECT group_concat(details, ' ') FROM custody_events");
        (void)stmt->step();
        return stmt->text(0).toUtf8();
    }

private Q_SLOTS:
    void testimonyFieldsHoldSeveralVariants()
    {
        CoreFixture f;
        auto id = f.items->create(QStringLiteral("testimony"), QStringLiteral("W"),
                                  QStringLiteral("create"));
        QVERIFY(id.ok());
        QVERIFY(f.items
                    ->setFields(*id, {{QStringLiteral("witness_code"), QStringLiteral("W-014")},
                                      {QStringLiteral("witness_name"),
                                       QStringLiteral("Abdurehim Tursun; 阿不都热依木·吐尔逊")},
                                      {QStringLiteral("witness_contact"),
                                       QStringLiteral("+44 7700 900417")}})
                    .ok());
        QVERIFY(f.items
                    ->setFields(*id, {{QStringLiteral("witness_name_add"),
                                       QStringLiteral("ئابدۇرېھىم تۇرسۇن")},
                                      {QStringLiteral("witness_contact_add"),
                                       QStringLiteral("a.tursun@example.org")}})
                    .ok());
        auto item = f.items->get(*id, ItemRepository::Protected::Include);
        QCOMPARE(item->field("witness_name"),
                 QStringLiteral("Abdurehim Tursun; 阿不都热依木·吐尔逊; ئابدۇرېھىم تۇرسۇن"));
        QCOMPARE(item->field("witness_contact"),
                 QStringLiteral("+44 7700 900417; a.tursun@example.org"));
        // Hidden unless asked for, and never in the log.
        QVERIFY(f.items->get(*id)->field("witness_name").isEmpty());
        const QByteArray details = allDetails(f);
        QVERIFY(details.contains("(protected)"));
        QVERIFY(!details.contains("Tursun"));
        QVERIFY(!details.contains("7700"));

        PersonRepository persons(*f.db, *f.custody);
        auto person = persons.forItem(*id);
        QVERIFY(person.ok() && *person);
        QCOMPARE((*person)->code, QStringLiteral("W-014"));
        QCOMPARE((*person)->names.size(), 3);
        // Replacing replaces; deleting the testimony deletes its person.
        QVERIFY(f.items->setFields(*id, {{QStringLiteral("witness_name"), QStringLiteral("A B")}})
                    .ok());
        QCOMPARE((*persons.forItem(*id))->names, QStringList{QStringLiteral("A B")});
        QVERIFY(f.items->remove(*id).ok());
        QVERIFY(!*persons.forItem(*id));
        QCOMPARE(f.count("SELECT count(*) FROM person_values"), 0);
    }

    void peopleTermsAndExemptions()
    {
        CoreFixture f;
        PersonRepository persons(*f.db, *f.custody);
        DossierRepository dossiers(*f.db, *f.custody);
        auto witness = persons.create(QStringLiteral("W-1"), {QStringLiteral("Ahmet Tursunov")},
                                      {QStringLiteral("+99 555 0101")});
        auto photographer =
            persons.create(QStringLiteral("P-2"), {QStringLiteral("Memet Photograf")}, {});
        QVERIFY(witness.ok() && photographer.ok());
        // A code names someone in lists and sheets, so it must be unique and present.
        QCOMPARE(persons.create(QStringLiteral("w-1"), {QStringLiteral("X Y")}, {}).error().code,
                 ErrorCode::AlreadyExists);
        QVERIFY(!persons.create(QString(), {QStringLiteral("X Y")}, {}).ok());
        QVERIFY(!persons.create(QStringLiteral("EMPTY"), {}, {}).ok());

        Dossier d;
        d.name = QStringLiteral("Appeal");
        auto dossierId = dossiers.create(d);
        QVERIFY(dossierId.ok());
        QStringList all = textsOf(*persons.terms(*dossierId));
        QVERIFY(all.contains(QStringLiteral("Tursunov")));
        QVERIFY(all.contains(QStringLiteral("Photograf")));
        // An exemption needs a reason; it is logged with it, and only affects this dossier.
        QVERIFY(!persons.exempt(*dossierId, *photographer, QString()).ok());
        QVERIFY(persons.exempt(*dossierId, *photographer, QStringLiteral("credited author")).ok());
        all = textsOf(*persons.terms(*dossierId));
        QVERIFY(all.contains(QStringLiteral("Tursunov")));
        QVERIFY(!all.contains(QStringLiteral("Photograf")));
        QVERIFY(textsOf(*persons.terms(0)).contains(QStringLiteral("Photograf")));
        const auto exemptions = persons.exemptions(*dossierId);
        QCOMPARE(exemptions->size(), 1);
        QCOMPARE(exemptions->first().code, QStringLiteral("P-2"));
        QCOMPARE(exemptions->first().reason, QStringLiteral("credited author"));
        const QByteArray details = allDetails(f);
        QVERIFY(details.contains("credited author"));
        QVERIFY(!details.contains("Photograf"));
        QVERIFY(persons.unexempt(*dossierId, *photographer).ok());
        QVERIFY(persons.exemptions(*dossierId)->isEmpty());

        // Values are edited without ever being logged.
        QVERIFY(persons
                    .setValues(*witness, PersonRepository::ValueKind::Name,
                               {QStringLiteral("Tursunov Ahmet")}, true)
                    .ok());
        QVERIFY(persons
                    .removeValues(*witness, PersonRepository::ValueKind::Name,
                                  {QStringLiteral("ahmet tursunov")})
                    .ok());
        QCOMPARE(persons.get(*witness)->names, QStringList{QStringLiteral("Tursunov Ahmet")});
        QVERIFY(persons.find(QStringLiteral("p-2")).ok());
        QVERIFY(persons.find(QString::number(*witness)).ok());
        QCOMPARE(persons.find(QStringLiteral("nobody")).error().code, ErrorCode::NotFound);
        QVERIFY(!allDetails(f).contains("Tursunov"));
    }

    void reviewsAreRecordedAndLogged()
    {
        CoreFixture f;
        DossierRepository dossiers(*f.db, *f.custody);
        ReviewRepository reviews(*f.db, *f.custody);
        Dossier d;
        d.name = QStringLiteral("D");
        auto dossierId = dossiers.create(d);
        auto item =
            f.items->create(QStringLiteral("scan"), QStringLiteral("S"), QStringLiteral("create"));
        PageReview review{*dossierId, *item, 2, QStringLiteral("ph"), QStringLiteral("rh"), {}, {}};
        QVERIFY(reviews.approve(review).ok());
        review.rulesHash = QStringLiteral("rh2");
        QVERIFY(reviews.approve(review).ok()); // a later review replaces the earlier
        const auto stored = reviews.forDossier(*dossierId);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().rulesHash, QStringLiteral("rh2"));
        QCOMPARE(stored->first().reviewer, QStringLiteral("tester (test)"));
        QVERIFY(allDetails(f).contains("rh2"));
    }

    void migrationMovesWitnessFieldsIntoPeople()
    {
        QTemporaryDir dir;
        const SecureBuffer key = SecureBuffer::random(32);
        auto db =
            Database::open(dir.filePath(QStringLiteral("v4.db")), key, Database::Mode::Create);
        QVERIFY(db.ok());
        QVERIFY(Schema::migrate(*db, 4).ok());
        QCOMPARE(*Schema::version(*db), 4);
        QVERIFY(db->exec("INSERT INTO items(id, kind, title, created_at, modified_at) "
                         "VALUES (7, 'testimony', 'T', '', '')")
                    .ok());
        QVERIFY(db->exec("INSERT INTO testimonies(item_id, witness_code, witness_name, "
                         "witness_contact) VALUES (7, 'W-7', 'Ali Veli; Али Вели', "
                         "'+90 555 111 2233')")
                    .ok());
        QVERIFY(db->exec("INSERT INTO redactions(item_id, kind, text, created_at) "
                         "VALUES (7, 'text', 'secret', '')")
                    .ok());
        QVERIFY(Schema::migrate(*db, 5, [](Database &migrating, int version) {
                    return version == 5 ? PersonRepository::migrateTestimonyFields(migrating)
                                        : Status();
                }).ok());
        QCOMPARE(*db->scalar("SELECT count(*) FROM person_values"), 3);
        QCOMPARE(*db->scalar("SELECT count(*) FROM testimonies WHERE witness_name <> '' "
                             "OR witness_contact <> ''"),
                 0);
        QCOMPARE(*db->scalar("SELECT count(*) FROM redactions WHERE kind = 'text'"), 1);
        // Kept areas are a new kind of redaction.
        QVERIFY(db->exec("INSERT INTO redactions(item_id, kind, page, x, y, w, h, created_at) "
                         "VALUES (7, 'keep', 1, 0.1, 0.1, 0.2, 0.2, '')")
                    .ok());
        SecureBuffer headKey = SecureBuffer::random(32);
        CustodyLog custody(*db, headKey, QStringLiteral("t"));
        PersonRepository persons(*db, custody);
        auto person = persons.forItem(7);
        QVERIFY(person.ok() && *person);
        QCOMPARE((*person)->names,
                 (QStringList{QStringLiteral("Ali Veli"), QStringLiteral("Али Вели")}));
        QCOMPARE((*person)->contacts, QStringList{QStringLiteral("+90 555 111 2233")});
        QCOMPARE((*person)->code, QStringLiteral("W-7"));
    }
};

QTEST_GUILESS_MAIN(TestPersons)
#include "tst_persons.moc"

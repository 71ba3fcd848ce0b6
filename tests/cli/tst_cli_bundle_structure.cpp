// Court bundles end to end through amanat-cli, their structure (issue 16): split parts
// that each open with the cover and the full index, section numbering and renumbering,
// translations with certificates, the US profile's extras and the UK schedule of country
// evidence.

#include "BundleFixture.h"

using namespace amanat::test;

class TestCliBundleStructure : public QObject, public BundleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpLibrary();
        if (QTest::currentTestFailed())
            return;
        QString id;
        createAppealDossier(&id);
        if (QTest::currentTestFailed())
            return;
        approveAll(kDossier);
    }

    // --numbering section: A1, A2… through the first section, B1… through the next, the
    // cover and index i, ii…; every stamp equals its page label.
    void sectionNumbering()
    {
        const QString out = path(QStringLiteral("by-section"));
        const CliResult made =
            bundle(out, {QStringLiteral("--numbering"), QStringLiteral("section"),
                         QStringLiteral("--accept-unreviewed")});
        AMANAT_EXPECT_EXIT(made, 0);
        const QString pdf = out + QStringLiteral("/bundle.pdf");
        const QJsonArray labels =
            QJsonDocument::fromJson(
                tool(QStringLiteral("qpdf"),
                     {QStringLiteral("--json"), QStringLiteral("--json-key=pagelabels"), pdf})
                    .out)
                .object()
                .value(QStringLiteral("pagelabels"))
                .toArray();
        const int pages = pageCount(pdf);
        QCOMPARE(labels.size(), pages);
        QStringList numbers;
        for (const QJsonValue &label : labels)
            numbers << label.toObject()
                           .value(QStringLiteral("label"))
                           .toObject()
                           .value(QStringLiteral("/P"))
                           .toString()
                           .remove(QStringLiteral("u:"));
        QCOMPARE(numbers.at(0), QStringLiteral("i"));
        QCOMPARE(numbers.at(1), QStringLiteral("ii"));
        // Each exhibit starts where the manifest says, and sections restart at 1.
        const QJsonArray exhibits =
            QJsonDocument::fromJson(readFile(out + QStringLiteral("/manifest.json")))
                .object()
                .value(QStringLiteral("exhibits"))
                .toArray();
        QStringList firsts;
        for (const QJsonValue &value : exhibits) {
            const QJsonObject e = value.toObject();
            QCOMPARE(e.value(QStringLiteral("bates_first")).toString(),
                     numbers.at(e.value(QStringLiteral("page_first")).toInt() - 1));
            firsts << e.value(QStringLiteral("bates_first")).toString();
        }
        QCOMPARE(firsts.value(0), QStringLiteral("A1"));
        QCOMPARE(firsts.value(1), QStringLiteral("B1"));
        QVERIFY(firsts.value(2).startsWith(u'B') && firsts.value(2) != QStringLiteral("B1"));
        QCOMPARE(firsts.value(3), QStringLiteral("C1"));
        QCOMPARE(firsts.value(4), QStringLiteral("D1"));
        // The stamp on a page says its label.
        for (int page :
             {1, int(exhibits.at(1).toObject().value(QStringLiteral("page_first")).toInt())}) {
            const QString text = QString::fromUtf8(
                tool(QStringLiteral("pdftotext"),
                     {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                      QString::number(page), pdf, QStringLiteral("-")})
                    .out);
            const QString number = numbers.at(page - 1);
            QVERIFY2(
                text.contains(QRegularExpression(
                    QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(number)))),
                qPrintable(number + u'\n' + text));
        }
        // A recording's native file is named after its placeholder page's number.
        const QJsonArray natives =
            QJsonDocument::fromJson(made.out).object().value(QStringLiteral("natives")).toArray();
        QVERIFY2(natives.at(0).toString().startsWith(QStringLiteral("natives/D")),
                 qPrintable(natives.at(0).toString()));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify-bundle"), out}), 0);
        AMANAT_EXPECT_EXIT(bundle(path(QStringLiteral("bad-numbering")),
                                  {QStringLiteral("--numbering"), QStringLiteral("roman")}),
                           2);
    }

    // A split bundle: every part opens with the cover and the full index (long titles
    // wrapped, entries elsewhere naming and linking to their part), its outline has every
    // section present in it at the top level, and the numbers run on across parts.
    void usLetterAndParts()
    {
        const QString longTitle =
            QStringLiteral("Landscape annex to the country report: tables of detention sites, "
                           "dates of transfer and the authorities responsible, part two");
        auto setTitle = [&](const QString &title) {
            return cli({QStringLiteral("set"), m_library, QString::number(m_annex),
                        QStringLiteral("title=") + title});
        };
        const QString oldTitle =
            QJsonDocument::fromJson(cli({QStringLiteral("show"), m_library,
                                         QString::number(m_annex), QStringLiteral("--json")})
                                        .out)
                .object()
                .value(QStringLiteral("title"))
                .toString();
        AMANAT_EXPECT_EXIT(setTitle(longTitle), 0);
        auto restore = qScopeGuard([&] { setTitle(oldTitle); });

        const QString out = path(QStringLiteral("parts"));
        const CliResult made = bundle(out, {QStringLiteral("--profile"), QStringLiteral("us"),
                                            QStringLiteral("--max-size"), QStringLiteral("0.05"),
                                            QStringLiteral("--start"), QStringLiteral("101")});
        AMANAT_EXPECT_EXIT(made, 0);
        const QJsonObject report = QJsonDocument::fromJson(made.out).object();
        const QJsonArray files = report.value(QStringLiteral("files")).toArray();
        QVERIFY2(files.size() > 1, made.out.constData());
        QCOMPARE(files.at(0).toString(), QStringLiteral("bundle-part1.pdf"));
        const QString first = out + QStringLiteral("/bundle-part1.pdf");
        // The front matter: the cover, then the index up to the first exhibit's sheet.
        int front = 0;
        while (front < pageCount(first) &&
               !pdfText(first, front + 1).contains(QStringLiteral("Exhibit A1")))
            ++front;
        QVERIFY2(front >= 2, qPrintable(pdfText(first)));
        int own = 0;
        for (int k = 0; k < files.size(); ++k) {
            const QString pdf = out + QLatin1Char('/') + files.at(k).toString();
            AMANAT_EXPECT_EXIT(tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}), 0);
            const QString cover = pdfText(pdf, 1);
            QVERIFY2(cover.contains(kDossier), qPrintable(cover));
            QVERIFY2(cover.contains(QStringLiteral("A-Number: A012-345-678")), qPrintable(cover));
            QVERIFY2(cover.contains(QStringLiteral("Part %1 of %2").arg(k + 1).arg(files.size())),
                     qPrintable(cover));
            QString index;
            for (int page = 2; page <= front; ++page)
                index += pdfText(pdf, page);
            QVERIFY2(index.startsWith(QStringLiteral("Table of Contents")), qPrintable(index));
            QVERIFY2(index.contains(QStringLiteral("Proof of Service")), qPrintable(index));
            // Page ranges as stamped (from --start 101): the first exhibit follows the front.
            QVERIFY2(index.contains(QStringLiteral("%1–").arg(101 + front)), qPrintable(index));
            // The long title is whole (wrapped, not cut), and every part is named.
            QVERIFY2(index.simplified().contains(longTitle), qPrintable(index));
            for (int j = 1; j <= files.size(); ++j)
                QVERIFY2(index.contains(QStringLiteral("Part %1").arg(j)), qPrintable(index));
            // Entries in another part link into that part's file.
            const QString raw = QString::fromLatin1(
                tool(QStringLiteral("qpdf"),
                     {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf,
                      QStringLiteral("-")})
                    .out);
            const QString other = files.at(k == 0 ? 1 : 0).toString();
            QVERIFY2(raw.contains(QStringLiteral("/GoToR")) &&
                         raw.contains(QStringLiteral("(%1)").arg(other)),
                     qPrintable(pdf));
            // Bates numbers run on across parts: the first page after the front matter.
            const int pages = pageCount(pdf);
            const int firstOwn = k == 0 ? 1 : front + 1;
            QVERIFY2(pdfText(pdf, firstOwn)
                         .contains(QStringLiteral("PFX-%1").arg(101 + (k == 0 ? 0 : own), 6, 10,
                                                                QLatin1Char('0'))),
                     qPrintable(pdfText(pdf, firstOwn)));
            // The A-number is in the footer of every page.
            QVERIFY2(pdfText(pdf, front + 1).contains(QStringLiteral("A012-345-678 · Exhibit")),
                     qPrintable(pdfText(pdf, front + 1)));
            own += k == 0 ? pages : pages - front;

            // The outline: cover, index, then each section at the top level with its
            // exhibits beneath (the letter of an exhibit's label is its section's).
            const QJsonArray outline = qpdfJson(pdf, QStringLiteral("outlines"))
                                           .value(QStringLiteral("outlines"))
                                           .toArray();
            QVERIFY(outline.size() >= 3);
            QCOMPARE(outline.at(0).toObject().value(QStringLiteral("title")).toString(),
                     QStringLiteral("Cover"));
            QCOMPARE(outline.at(1).toObject().value(QStringLiteral("title")).toString(),
                     QStringLiteral("Table of Contents"));
            int exhibits = 0;
            for (int i = 2; i < outline.size(); ++i) {
                const QJsonObject section = outline.at(i).toObject();
                const QString title = section.value(QStringLiteral("title")).toString();
                if (title == QStringLiteral("Proof of Service") && k == files.size() - 1 &&
                    i == outline.size() - 1)
                    continue; // the last page of the last part
                const QJsonArray kids = section.value(QStringLiteral("kids")).toArray();
                QVERIFY2(!kids.isEmpty(), qPrintable(title));
                for (const QJsonValue &kid : kids) {
                    const QString exhibit =
                        kid.toObject().value(QStringLiteral("title")).toString();
                    QVERIFY2(exhibit.left(1) == title.left(1),
                             qPrintable(exhibit + QStringLiteral(" under ") + title));
                    ++exhibits;
                }
            }
            QVERIFY2(exhibits > 0, qPrintable(pdf));
        }
        QCOMPARE(own, report.value(QStringLiteral("pages")).toInt());
        // The US profile ends with a proof of service.
        const QString last = out + QLatin1Char('/') + files.last().toString();
        const QString proof = pdfText(last, pageCount(last)).simplified();
        QVERIFY2(proof.startsWith(QStringLiteral("Proof of Service")), qPrintable(proof));
        QVERIFY2(proof.contains(QStringLiteral("A-Number: A012-345-678")), qPrintable(proof));
        QVERIFY2(proof.contains(QStringLiteral("Department of Homeland Security")),
                 qPrintable(proof));
        QVERIFY(QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {first}).out)
                    .contains(QStringLiteral("612 x 792")));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify-bundle"), out}), 0);
    }

    // A translation follows its original (even from another section), with a certificate
    // built from its fields; the index and the manifest link the two both ways.
    void translationFollowsItsOriginalWithACertificate()
    {
        writeFile(path(QStringLiteral("in/annex-en.txt")),
                  "ENGLISH TRANSLATION OF THE ANNEX\nDetention sites and dates of transfer.\n");
        const qint64 translation = importOne(path(QStringLiteral("in/annex-en.txt")));
        QVERIFY(translation);
        const QString translator =
            QStringLiteral("Li Wei, sworn translator (ITI 12345), 3 High Street, London");
        auto set = [&](qint64 item, const QString &assignment) {
            return cli({QStringLiteral("set"), m_library, QString::number(item), assignment});
        };
        // Not itself, not an item that does not exist.
        QVERIFY(
            !set(translation, QStringLiteral("translation_of=%1").arg(translation)).exitedWith(0));
        QVERIFY(!set(translation, QStringLiteral("translation_of=99999")).exitedWith(0));
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("set"), m_library, QString::number(translation),
                 QStringLiteral("translation_of=%1").arg(m_annex),
                 QStringLiteral("translator=") + translator,
                 QStringLiteral("translation_date=2026-11-30"), QStringLiteral("language=en"),
                 QStringLiteral("title=Annex, English translation")}),
            0);
        const QString dossier = QStringLiteral("Translated");
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, dossier}), 0);
        auto add = [&](qint64 item, const QString &section) {
            return cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library, dossier,
                        QString::number(item), QStringLiteral("--section"), section});
        };
        AMANAT_EXPECT_EXIT(add(m_annex, QStringLiteral("A. Originals")), 0);
        AMANAT_EXPECT_EXIT(add(m_report, QStringLiteral("A. Originals")), 0);
        AMANAT_EXPECT_EXIT(add(translation, QStringLiteral("B. Translations")), 0);
        approveAll(dossier);
        const QString out = path(QStringLiteral("translated"));
        const CliResult made =
            cli({QStringLiteral("bundle"), m_library, dossier, out, QStringLiteral("--json")});
        AMANAT_EXPECT_EXIT(made, 0);

        // Order: the annex (A1), its translation (B1), then the report (A2).
        const QJsonArray exhibits =
            QJsonDocument::fromJson(readFile(out + QStringLiteral("/manifest.json")))
                .object()
                .value(QStringLiteral("exhibits"))
                .toArray();
        QCOMPARE(exhibits.size(), 3);
        QStringList order;
        for (const QJsonValue &exhibit : exhibits)
            order << exhibit.toObject().value(QStringLiteral("label")).toString();
        QCOMPARE(order,
                 (QStringList{QStringLiteral("A1"), QStringLiteral("B1"), QStringLiteral("A2")}));
        const QJsonObject original = exhibits.at(0).toObject();
        const QJsonObject translated = exhibits.at(1).toObject();
        QCOMPARE(translated.value(QStringLiteral("page_first")).toInt(),
                 original.value(QStringLiteral("page_last")).toInt() + 1);
        QCOMPARE(translated.value(QStringLiteral("translation_of")).toString(),
                 QStringLiteral("A1"));
        QVERIFY(original.value(QStringLiteral("translation_of")).isNull());
        QCOMPARE(original.value(QStringLiteral("translations")).toArray(),
                 QJsonArray{QStringLiteral("B1")});

        // Section B lost its only exhibit to section A: the cover counts one section.
        QVERIFY2(pdfText(out + QStringLiteral("/bundle.pdf"), 1)
                     .contains(QStringLiteral("3 exhibit(s) in 1 section(s).")),
                 qPrintable(pdfText(out + QStringLiteral("/bundle.pdf"), 1)));
        QVERIFY2(made.out.contains("placed directly after it"), made.out.constData());
        // The translation (its sheet, then its text as a document) ends with the certificate.
        const QString pdf = out + QStringLiteral("/bundle.pdf");
        const int sheet = translated.value(QStringLiteral("page_first")).toInt();
        const QString certificate =
            pdfText(pdf, translated.value(QStringLiteral("page_last")).toInt()).simplified();
        QVERIFY2(certificate.contains(QStringLiteral("Certificate of translation")),
                 qPrintable(certificate));
        QVERIFY2(certificate.contains(translator), qPrintable(certificate));
        QVERIFY2(certificate.contains(QStringLiteral("2026-11-30")), qPrintable(certificate));
        QVERIFY2(certificate.contains(QStringLiteral("into English")), qPrintable(certificate));
        QVERIFY2(certificate.contains(QStringLiteral("Exhibit A1")), qPrintable(certificate));
        // A hash may wrap in its column.
        QVERIFY2(QString(certificate)
                     .remove(QLatin1Char(' '))
                     .contains(original.value(QStringLiteral("sha256")).toString()),
                 qPrintable(certificate));
        const QString text = pdfText(pdf, sheet + 1);
        QVERIFY2(text.contains(QStringLiteral("ENGLISH TRANSLATION OF THE ANNEX")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Translation of exhibit A1")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Text of the original file")), qPrintable(text));

        // The index says which is which, and links each to the other.
        const QString index = pdfText(pdf, 2);
        QVERIFY2(index.contains(QStringLiteral("translated in B1")), qPrintable(index));
        QVERIFY2(index.contains(QStringLiteral("translation of A1")), qPrintable(index));
        const QJsonObject json =
            QJsonDocument::fromJson(
                tool(QStringLiteral("qpdf"),
                     {QStringLiteral("--json"), QStringLiteral("--json-key=pages"),
                      QStringLiteral("--json-key=qpdf"), pdf})
                    .out)
                .object();
        const QJsonArray pages = json.value(QStringLiteral("pages")).toArray();
        const QJsonObject objects = json.value(QStringLiteral("qpdf")).toArray().at(1).toObject();
        auto pageObject = [&](int page) {
            return pages.at(page - 1).toObject().value(QStringLiteral("object")).toString();
        };
        QMap<QString, int> linksTo;
        auto value = [&](const QString &object) {
            return objects.value(QStringLiteral("obj:") + object)
                .toObject()
                .value(QStringLiteral("value"))
                .toObject();
        };
        for (const QJsonValue &annotation :
             value(pageObject(2)).value(QStringLiteral("/Annots")).toArray()) {
            const QJsonArray dest =
                value(annotation.toString()).value(QStringLiteral("/Dest")).toArray();
            if (!dest.isEmpty())
                ++linksTo[dest.at(0).toString()];
        }
        // Each of the pair: from its own row and from its partner's (the original also from
        // its section's row, which it opens).
        QCOMPARE(linksTo.value(pageObject(original.value(QStringLiteral("page_first")).toInt())),
                 3);
        QCOMPARE(linksTo.value(pageObject(sheet)), 2);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify-bundle"), out}), 0);
    }

    // The UK profile lists the country evidence relied on, issue by issue, after the index.
    void ukScheduleOfCountryEvidence()
    {
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("set"), m_library, QString::number(m_annex),
                                QStringLiteral("source_author=Human Rights Watch"),
                                QStringLiteral("source_title=Eradicating Ideological Viruses"),
                                QStringLiteral("source_published=2018-09-09")}),
                           0);
        const QString dossier = QStringLiteral("Country evidence");
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, dossier}), 0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library,
                                dossier, QString::number(m_testimony), QStringLiteral("--section"),
                                QStringLiteral("A. Statements")}),
                           0);
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library, dossier,
                 QString::number(m_annex), QStringLiteral("--section"),
                 QStringLiteral("B. Detention on return"), QStringLiteral("--description"),
                 QStringLiteral("Returnees are detained on arrival and questioned")}),
            0);
        approveAll(dossier);
        const QString out = path(QStringLiteral("schedule"));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("bundle"), m_library, dossier, out}), 0);
        const QString pdf = out + QStringLiteral("/bundle.pdf");
        const QString schedule = pdfText(pdf, 3).simplified();
        QVERIFY2(schedule.startsWith(QStringLiteral("Schedule of Country Evidence")),
                 qPrintable(schedule));
        QVERIFY2(schedule.contains(QStringLiteral("Issue: B. Detention on return")),
                 qPrintable(schedule));
        // Wrapped, never cut (the date column may come between the lines).
        QVERIFY2(schedule.contains(QStringLiteral("Returnees are detained on arrival")) &&
                     schedule.contains(QStringLiteral("questioned")),
                 qPrintable(schedule));
        QVERIFY2(schedule.contains(QStringLiteral("Human Rights Watch, Eradicating Ideological "
                                                  "Viruses")),
                 qPrintable(schedule));
        QVERIFY2(schedule.contains(QStringLiteral("2018-09-09")), qPrintable(schedule));
        // Its page reference is where the exhibit is; the testimony is not country evidence.
        const QJsonObject annex =
            QJsonDocument::fromJson(readFile(out + QStringLiteral("/manifest.json")))
                .object()
                .value(QStringLiteral("exhibits"))
                .toArray()
                .at(1)
                .toObject();
        QVERIFY2(schedule.contains(QStringLiteral("%1–%2")
                                       .arg(annex.value(QStringLiteral("page_first")).toInt())
                                       .arg(annex.value(QStringLiteral("page_last")).toInt())),
                 qPrintable(schedule));
        QVERIFY2(!schedule.contains(QStringLiteral("Statement of W-017")), qPrintable(schedule));
        QStringList titles;
        for (const QJsonValue &entry :
             qpdfJson(pdf, QStringLiteral("outlines")).value(QStringLiteral("outlines")).toArray())
            titles << entry.toObject().value(QStringLiteral("title")).toString();
        QVERIFY2(titles.contains(QStringLiteral("Schedule of Country Evidence")),
                 qPrintable(titles.join(QLatin1Char('|'))));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify-bundle"), out}), 0);
    }

    // After a removal, renumber closes the gap section by section; each change is logged.
    void renumberAfterARemoval()
    {
        const QString dossier = QStringLiteral("Renumbered");
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, dossier}), 0);
        auto add = [&](qint64 item, const QString &section) {
            return cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library, dossier,
                        QString::number(item), QStringLiteral("--section"), section});
        };
        for (qint64 item : {m_report, m_annex, m_scan})
            AMANAT_EXPECT_EXIT(add(item, QStringLiteral("A. Reports")), 0);
        AMANAT_EXPECT_EXIT(add(m_video, QStringLiteral("B. Video")), 0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("dossier"), QStringLiteral("remove"), m_library,
                                dossier, QStringLiteral("A2")}),
                           0);
        const CliResult renumbered =
            cli({QStringLiteral("dossier"), QStringLiteral("renumber"), m_library, dossier});
        AMANAT_EXPECT_EXIT(renumbered, 0);
        QCOMPARE(renumbered.out, QByteArray("A3\tA2\n"));
        const QJsonObject shown =
            QJsonDocument::fromJson(cli({QStringLiteral("dossier"), QStringLiteral("show"),
                                         m_library, dossier, QStringLiteral("--json")})
                                        .out)
                .object();
        QStringList labels;
        for (const QJsonValue &section : shown.value(QStringLiteral("sections")).toArray())
            for (const QJsonValue &e :
                 section.toObject().value(QStringLiteral("exhibits")).toArray())
                labels << e.toObject().value(QStringLiteral("label")).toString();
        QCOMPARE(labels,
                 (QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B1")}));
        QVERIFY(cli({QStringLiteral("log"), m_library, QStringLiteral("--json")})
                    .out.contains("exhibit_relabel"));
        // Nothing left to change: nothing on stdout, a word on stderr.
        const CliResult again =
            cli({QStringLiteral("dossier"), QStringLiteral("renumber"), m_library, dossier});
        AMANAT_EXPECT_EXIT(again, 0);
        QVERIFY(again.out.isEmpty());
        QVERIFY(again.err.contains("already in order"));
    }

    // A custodian who is also a protected person (an interviewer at risk) is blacked out
    // wherever the bundle would name them as acting.
    void aProtectedCustodianIsBlackedOut()
    {
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("settings"), m_library,
                                QStringLiteral("custodian=") + kWitnessName}),
                           0);
        auto restore = qScopeGuard([&] {
            cli({QStringLiteral("settings"), m_library, QStringLiteral("custodian=")});
        });
        const QString dossier = QStringLiteral("Custodian check");
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, dossier}), 0);
        AMANAT_EXPECT_EXIT(addExhibit(dossier, m_annex, QStringLiteral("A. Reports")), 0);
        // The probe: the library's own log names them.
        const QByteArray log = cli({QStringLiteral("log"), m_library, QString::number(m_annex),
                                    QStringLiteral("--json")})
                                   .out;
        QVERIFY(log.contains(kWitnessName.toUtf8()));

        const QString out = path(QStringLiteral("custodian"));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("bundle"), m_library, dossier, out}), 0);
        const QByteArray manifest = readFile(out + QStringLiteral("/manifest.json"));
        QVERIFY(!manifest.contains(kWitnessName.toUtf8()));
        QVERIFY(!pdfText(out + QStringLiteral("/bundle.pdf")).contains(kWitnessName));
        // Their events stay listed, blacked out, and say they cannot be re-hashed here.
        bool blackedOut = false;
        for (const QJsonValue &event : QJsonDocument::fromJson(manifest)
                                           .object()
                                           .value(QStringLiteral("exhibits"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("custody"))
                                           .toArray()) {
            const QJsonObject e = event.toObject();
            if (e.value(QStringLiteral("action")).toString() == QStringLiteral("exhibit_add")) {
                blackedOut = e.value(QStringLiteral("actor")).toString().contains(QChar(0x2588)) &&
                             e.value(QStringLiteral("canonical")).isNull();
            }
        }
        QVERIFY2(blackedOut, manifest.constData());
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify-bundle"), out}), 0);
    }
};

QTEST_MAIN(TestCliBundleStructure)
#include "tst_cli_bundle_structure.moc"

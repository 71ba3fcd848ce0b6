// Court bundles end to end through amanat-cli (issue 6): dossiers, the filing PDF checked
// with qpdf and pdftotext, the signed manifest, redaction and witness safety, the transport
// copy, CJK and Uyghur text, recordings' transcripts. Their structure (parts, numbering,
// translations, profiles) is tested in tst_cli_bundle_structure.

#include "BundleFixture.h"

using namespace amanat::test;

class TestCliBundle : public QObject, public BundleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpLibrary(); }

    void dossierCommands()
    {
        QString id;
        createAppealDossier(&id);
        if (QTest::currentTestFailed())
            return;
        auto add = [this](const QString &dossier, qint64 item, const QString &section,
                          const QStringList &extra = {}) {
            return addExhibit(dossier, item, section, extra);
        };

        const QJsonObject shown =
            QJsonDocument::fromJson(cli({QStringLiteral("dossier"), QStringLiteral("show"),
                                         m_library, kDossier, QStringLiteral("--json")})
                                        .out)
                .object();
        QCOMPARE(shown.value(QStringLiteral("case_number")).toString(),
                 QStringLiteral("PA/01234/2026"));
        QCOMPARE(shown.value(QStringLiteral("a_number")).toString(),
                 QStringLiteral("A012-345-678"));
        const QJsonArray sections = shown.value(QStringLiteral("sections")).toArray();
        QCOMPARE(sections.size(), 4);
        const QJsonArray countryExhibits =
            sections.at(1).toObject().value(QStringLiteral("exhibits")).toArray();
        QCOMPARE(countryExhibits.size(), 2);
        QCOMPARE(countryExhibits.at(1).toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("B2"));
        const QJsonObject clip =
            sections.at(3).toObject().value(QStringLiteral("exhibits")).toArray().at(0).toObject();
        QCOMPARE(clip.value(QStringLiteral("start_ms")).toInt(), 1000);
        QCOMPARE(clip.value(QStringLiteral("end_ms")).toInt(), 2500);

        const QJsonArray listed =
            QJsonDocument::fromJson(cli({QStringLiteral("dossier"), QStringLiteral("list"),
                                         m_library, QStringLiteral("--json")})
                                        .out)
                .array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("exhibits")).toInt(), 6);

        AMANAT_EXPECT_EXIT(add(QStringLiteral("no such dossier"), m_report, QStringLiteral("X")),
                           1);
        AMANAT_EXPECT_EXIT(add(id, m_report, QStringLiteral("X"),
                               {QStringLiteral("--pages"), QStringLiteral("5-2")}),
                           2);
        AMANAT_EXPECT_EXIT(add(id, 99999, QStringLiteral("X")), 1);
    }

    void consentIsRequiredAndAnOverrideIsLogged()
    {
        const QString name = QStringLiteral("Consent check");
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, name}), 0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library, name,
                                QString::number(m_noConsent)}),
                           0);
        const QString out = path(QStringLiteral("consent-out"));
        const CliResult refused = cli({QStringLiteral("bundle"), m_library, name, out});
        AMANAT_EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.err.contains("consent"), refused.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        const CliResult overridden = cli(
            {QStringLiteral("bundle"), m_library, name, out, QStringLiteral("--override-consent")});
        AMANAT_EXPECT_EXIT(overridden, 0);
        const QJsonArray log =
            QJsonDocument::fromJson(cli({QStringLiteral("log"), m_library,
                                         QString::number(m_noConsent), QStringLiteral("--json")})
                                        .out)
                .array();
        bool logged = false;
        for (const QJsonValue &event : log)
            logged = logged || event.toObject().value(QStringLiteral("action")).toString() ==
                                   QStringLiteral("consent_override");
        QVERIFY(logged);
    }

    void bundleIsCourtReady()
    {
        writeFile(path(QStringLiteral("transport.txt")), "carrier pigeon 7\n");
        m_bundle = path(QStringLiteral("bundle"));
        // The scan, the report's page naming the witness and its marked area await review.
        const CliResult stopped = bundle(path(QStringLiteral("unreviewed")));
        AMANAT_EXPECT_EXIT(stopped, 1);
        QVERIFY2(stopped.err.contains("await redaction review"), stopped.err.constData());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("unreviewed"))));
        approveAll(kDossier);
        const CliResult made = bundle(m_bundle, {QStringLiteral("--transport-password-file"),
                                                 path(QStringLiteral("transport.txt"))});
        AMANAT_EXPECT_EXIT(made, 0);
        const QJsonObject report = QJsonDocument::fromJson(made.out).object();
        // The parties name the witness: blacked out, and the user is told.
        QVERIFY2(made.err.contains("protected name or contact"), made.err.constData());
        const QString pdf = m_bundle + QStringLiteral("/bundle.pdf");
        QVERIFY(QFileInfo::exists(pdf));
        const int pages = report.value(QStringLiteral("pages")).toInt();
        QCOMPARE(pageCount(pdf), pages);

        const CliResult check = tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        AMANAT_EXPECT_EXIT(check, 0);
        QVERIFY(tool(QStringLiteral("qpdf"), {QStringLiteral("--show-encryption"), pdf})
                    .out.contains("File is not encrypted"));
        const QString info = QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {pdf}).out);
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("JavaScript:      no")));
        QVERIFY(info.contains(QStringLiteral("Form:            none")));
        QVERIFY(!info.contains(QStringLiteral("/tmp")));

        // Every page carries its Bates number and "Page n of N"; the labels equal them.
        const QJsonArray labels = qpdfJson(pdf, QStringLiteral("pagelabels"))
                                      .value(QStringLiteral("pagelabels"))
                                      .toArray();
        QCOMPARE(labels.size(), pages);
        for (int page = 1; page <= pages; ++page) {
            const QString bates = QStringLiteral("PFX-%1").arg(page, 6, 10, QLatin1Char('0'));
            const QString text = pdfText(pdf, page);
            QVERIFY2(text.contains(bates),
                     qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text)));
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
            QString label = labels.at(page - 1)
                                .toObject()
                                .value(QStringLiteral("label"))
                                .toObject()
                                .value(QStringLiteral("/P"))
                                .toString();
            label.remove(QRegularExpression(QStringLiteral("^u:")));
            QCOMPARE(label, bates);
        }

        // The index and the originals' own text are searchable.
        const QString all = pdfText(pdf);
        QVERIFY(all.contains(QStringLiteral("Index")));
        QVERIFY(all.contains(QStringLiteral("Statement of W-017")));
        QVERIFY(all.contains(QStringLiteral("COUNTRY REPORT ALPHA")));
        QVERIFY(all.contains(QStringLiteral("LANDSCAPE ANNEX TABLE")));
        QVERIFY(all.contains(QStringLiteral("Third page body text stays")));
        QVERIFY2(all.contains(QStringLiteral("POLICE RECORD")), "the scan's OCR text layer");

        // The outline has every section and every exhibit.
        QStringList titles;
        std::function<void(const QJsonArray &)> walk = [&](const QJsonArray &items) {
            for (const QJsonValue &item : items) {
                titles << item.toObject().value(QStringLiteral("title")).toString();
                walk(item.toObject().value(QStringLiteral("kids")).toArray());
            }
        };
        walk(qpdfJson(pdf, QStringLiteral("outlines")).value(QStringLiteral("outlines")).toArray());
        for (const QString &section :
             {QStringLiteral("A. Applicant's statements"), QStringLiteral("B. Country conditions"),
              QStringLiteral("C. Police files"), QStringLiteral("D. Video evidence")})
            QVERIFY2(titles.contains(section), qPrintable(titles.join(QLatin1Char('|'))));
        for (const QString &label :
             {QStringLiteral("A1"), QStringLiteral("B1"), QStringLiteral("B2"),
              QStringLiteral("C1"), QStringLiteral("D1")}) {
            bool found = false;
            for (const QString &title : titles)
                found = found || title.startsWith(label + QStringLiteral(" — "));
            QVERIFY2(found, qPrintable(label));
        }

        // The landscape annex stays landscape; the video's native file sits beside the PDF.
        const QString sizes = QString::fromUtf8(
            tool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                             QStringLiteral("-l"), QString::number(pages), pdf})
                .out);
        QVERIFY2(sizes.contains(QStringLiteral("841.89 x 595.276")), qPrintable(sizes));
        const QJsonArray natives = report.value(QStringLiteral("natives")).toArray();
        QCOMPARE(natives.size(), 2);
        QVERIFY(filesEqual(m_bundle + QLatin1Char('/') + natives.at(0).toString(),
                           path(QStringLiteral("in/clip.mp4"))));
        QVERIFY(filesEqual(m_bundle + QLatin1Char('/') + natives.at(1).toString(),
                           path(QStringLiteral("in/interview.wav"))));

        // The filing copy has no scripts, attachments or forms even once decompressed.
        const QString qdf = path(QStringLiteral("bundle-qdf.pdf"));
        AMANAT_EXPECT_EXIT(
            tool(QStringLiteral("qpdf"),
                 {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, qdf}),
            0);
        const QByteArray expanded = readFile(qdf);
        for (const char *forbidden :
             {"/JavaScript", "/JS ", "/EmbeddedFile", "/AcroForm", "/Encrypt"})
            QVERIFY2(!expanded.contains(forbidden), forbidden);

        // The export is in the custody log with the manifest's hash.
        const QString manifestHash = sha256OfFile(m_bundle + QStringLiteral("/manifest.json"));
        QCOMPARE(report.value(QStringLiteral("manifest_sha256")).toString(), manifestHash);
        const QByteArray log =
            cli({QStringLiteral("log"), m_library, QStringLiteral("--json")}).out;
        QVERIFY(log.contains("bundle_export"));
        QVERIFY(log.contains(manifestHash.toLatin1()));
    }

    // A recording's placeholder page carries its transcript, time codes and all, with the
    // protected name blacked out.
    /** The text of the first page of the bundle at @p pdf that contains @p marker. */
    static QString pageWith(const QString &pdf, const QString &marker)
    {
        for (int page = 1; page <= pageCount(pdf); ++page) {
            const QString text = QString::fromUtf8(
                tool(QStringLiteral("pdftotext"),
                     {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                      QString::number(page), pdf, QStringLiteral("-")})
                    .out);
            if (text.contains(marker))
                return text;
        }
        return QString();
    }

    void recordingPlaceholderCarriesItsTranscript()
    {
        const QString pdf = m_bundle + QStringLiteral("/bundle.pdf");
        const QString video = pageWith(pdf, QStringLiteral("Video exhibit D1"));
        QVERIFY(!video.isEmpty());
        QVERIFY2(video.contains(QStringLiteral("[00:01] The barrier is lowered.")) &&
                     video.contains(QStringLiteral("两名警察走近。")),
                 qPrintable(video));
        const QString placeholder = pageWith(pdf, QStringLiteral("Audio exhibit D2"));
        QVERIFY(!placeholder.isEmpty());
        QVERIFY2(placeholder.contains(QStringLiteral("Transcript — witness W-019")),
                 qPrintable(placeholder));
        QVERIFY2(placeholder.contains(QStringLiteral("[00:01] Officer: stand by the gate.")),
                 qPrintable(placeholder));
        QVERIFY2(placeholder.contains(QStringLiteral("民警：不许拍照。")), qPrintable(placeholder));
        QVERIFY2(placeholder.contains(QStringLiteral("is led out of the building")),
                 qPrintable(placeholder));
        QVERIFY2(!placeholder.contains(kWitnessName), qPrintable(placeholder));
    }

    void cjkAndUyghurRoundTrip()
    {
        const QString all = pdfText(m_bundle + QStringLiteral("/bundle.pdf"));
        QVERIFY2(all.contains(kChinese), qPrintable(all.left(3000)));
        QVERIFY2(all.contains(kUyghur), qPrintable(all.left(3000)));
        QVERIFY(all.contains(kDossier));
    }

    void redactedAndProtectedTextIsNowhere()
    {
        const QStringList secrets{kWitnessName, QStringLiteral("Tursunov"), kWitnessContact,
                                  kRedacted, kRectText};
        QStringList texts{pdfText(m_bundle + QStringLiteral("/bundle.pdf")),
                          pdfText(m_bundle + QStringLiteral("/bundle-transport.pdf"), 0,
                                  QStringLiteral("carrier pigeon 7"))};
        QVERIFY(texts.at(1).contains(QStringLiteral("COUNTRY REPORT ALPHA")));
        for (const QString &text : texts)
            for (const QString &secret : secrets)
                QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        // Raw bytes of every file, and of the filing PDF with every stream decompressed.
        QStringList files = filesUnder(m_bundle);
        const QString qdf = path(QStringLiteral("bundle-qdf.pdf"));
        files << qdf;
        for (const QString &file : files) {
            const QByteArray bytes = readFile(file);
            for (const QString &secret : secrets) {
                QVERIFY2(!bytes.contains(secret.toUtf8()),
                         qPrintable(file + QLatin1Char(' ') + secret));
                QByteArray utf16;
                for (const QChar c : secret)
                    utf16 += char(c.unicode() >> 8), utf16 += char(c.unicode() & 0xff);
                QVERIFY2(!bytes.contains(utf16), qPrintable(file + QLatin1Char(' ') + secret));
            }
        }
    }

    // README.txt alone tells a recipient how to re-hash every custody event; the script it
    // gives finds every event intact, and finds a changed one.
    void custodyEventsCanBeRehashedFollowingTheReadme()
    {
        const QString readme =
            QString::fromUtf8(readFile(m_bundle + QStringLiteral("/README.txt")));
        QVERIFY2(readme.contains(QStringLiteral("sha256sum -c manifest.sha256")),
                 qPrintable(readme));
        // The script is the indented block after the paragraph that introduces it.
        const int intro = int(readme.indexOf(QStringLiteral("This Python 3 script")));
        QVERIFY(intro > 0);
        QStringList script;
        const QStringList lines = readme.mid(intro).split(QLatin1Char('\n')).mid(1);
        for (const QString &line : lines) {
            if (line.isEmpty() && script.isEmpty())
                continue;
            if (!line.startsWith(QStringLiteral("    ")))
                break;
            script << line.mid(4);
        }
        QVERIFY(script.size() > 5);
        const QString scriptFile = path(QStringLiteral("check_custody.py"));
        QVERIFY(writeFile(scriptFile, script.join(QLatin1Char('\n')).toUtf8() + '\n'));
        auto runIn = [&](const QString &folder) {
            return runProgram(QStringLiteral("sh"),
                              {QStringLiteral("-c"),
                               QStringLiteral("cd '%1' && python3 '%2'").arg(folder, scriptFile)},
                              baseEnvironment());
        };
        const CliResult checked = runIn(m_bundle);
        AMANAT_EXPECT_EXIT(checked, 0);
        const QString out = QString::fromUtf8(checked.out);
        QVERIFY2(out.count(QStringLiteral(" OK\n")) >= 6, qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("DIFFERS")), qPrintable(out));

        // The same script on a manifest whose event was changed says so.
        const QString tampered = path(QStringLiteral("tampered-manifest"));
        QVERIFY(QDir().mkpath(tampered));
        QByteArray manifest = readFile(m_bundle + QStringLiteral("/manifest.json"));
        const int at = int(manifest.indexOf("\"action\": \"import\""));
        QVERIFY(at > 0);
        manifest.replace(at, int(qstrlen("\"action\": \"import\"")), "\"action\": \"impart\"");
        QVERIFY(writeFile(tampered + QStringLiteral("/manifest.json"), manifest));
        const QString changed = QString::fromUtf8(runIn(tampered).out);
        QVERIFY2(changed.contains(QStringLiteral("DIFFERS")), qPrintable(changed));
    }

    void manifestChecksAndTamperingIsNamed()
    {
        const CliResult sums =
            runProgram(QStringLiteral("sh"),
                       {QStringLiteral("-c"),
                        QStringLiteral("cd '%1' && sha256sum -c manifest.sha256").arg(m_bundle)},
                       baseEnvironment());
        AMANAT_EXPECT_EXIT(sums, 0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify-bundle"), m_bundle}), 0);
        // The recipient pins the library's key, learnt out of band.
        const QString fingerprint =
            QJsonDocument::fromJson(
                cli({QStringLiteral("signing-key"), m_library, QStringLiteral("--json")}).out)
                .object()
                .value(QStringLiteral("fingerprint"))
                .toString();
        QCOMPARE(fingerprint.size(), 64);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify-bundle"), m_bundle,
                                QStringLiteral("--expect-key"), fingerprint}),
                           0);
        QString other = fingerprint;
        other[0] = other.at(0) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("verify-bundle"), m_bundle, QStringLiteral("--expect-key"), other}),
            4);
        for (const QString &name :
             {QStringLiteral("bundle.pdf"), QStringLiteral("bundle-transport.pdf"),
              QStringLiteral("manifest.json")}) {
            const QString copy = path(QStringLiteral("tampered-") + name);
            QVERIFY(
                tool(QStringLiteral("cp"), {QStringLiteral("-r"), m_bundle, copy}).exitedWith(0));
            QFile file(copy + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(file.size() / 2);
            char byte = 0;
            file.getChar(&byte);
            file.seek(file.size() / 2);
            file.putChar(char(byte ^ 0x01));
            file.close();
            const CliResult verdict = cli({QStringLiteral("verify-bundle"), copy});
            AMANAT_EXPECT_EXIT(verdict, 4);
            QVERIFY2(QByteArray(verdict.out + verdict.err).contains(name.toUtf8()),
                     verdict.describe().constData());
        }
    }

    void aFullDiskLeavesNothingBehind()
    {
        // A file-size limit of 100 KiB stands for a full disk: the PDF cannot be written.
        const QString out = path(QStringLiteral("no-space"));
        const CliResult full =
            runProgram(QStringLiteral("/bin/sh"),
                       {QStringLiteral("-c"), QStringLiteral("ulimit -f 200 && exec \"$0\" \"$@\""),
                        CliRunner::program(), QStringLiteral("bundle"), m_library, kDossier, out},
                       m_cli.environment());
        QVERIFY2(full.exitedNormally(), full.describe().constData());
        QCOMPARE(full.exitCode, 1);
        const QByteArray err = full.err.toLower();
        QVERIFY2(err.contains("disk") || err.contains("space") || err.contains("full"),
                 full.describe().constData());
        QVERIFY(!QFileInfo::exists(out));
        const QStringList leftovers =
            QDir(m_dir.path())
                .entryList({QStringLiteral(".amanat-bundle-*")}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify"), m_library}), 0);
    }

    void anExistingFolderIsNotOverwritten()
    {
        const QString out = path(QStringLiteral("occupied"));
        QDir().mkpath(out);
        writeFile(out + QStringLiteral("/keep.txt"), "mine");
        const CliResult refused = bundle(out);
        AMANAT_EXPECT_EXIT(refused, 1);
        QCOMPARE(QDir(out).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("keep.txt")});
        // Nothing half-written is left beside it.
        const QStringList leftovers =
            QDir(m_dir.path())
                .entryList({QStringLiteral(".amanat-bundle-*")}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestCliBundle)
#include "tst_cli_bundle.moc"

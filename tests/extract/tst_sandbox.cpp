// Issue 11: amanat-extract confines itself before reading input. Its self-test tries each
// forbidden action in a confined helper; the same probes without the sandbox show that each
// action works where nothing stops it (so a refusal is the sandbox's doing). Each probe runs
// both as the one-shot helper confines itself and as the extraction server's reader does:
// in a child forked after the namespaces are entered, which confines itself.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> lines;
};

Run selfTest(const QStringList &extra)
{
    QProcess helper;
    // What a user's session holds must not reach the parsers.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AMANAT_TEST_CANARY"), QStringLiteral("1"));
    environment.insert(QStringLiteral("SSH_AUTH_SOCK"), QStringLiteral("/tmp/agent.sock"));
    helper.setProcessEnvironment(environment);
    helper.start(QStringLiteral(AMANAT_EXTRACT_PATH),
                 QStringList{QStringLiteral("--sandbox-self-test")} + extra);
    Run run;
    if (!helper.waitForFinished(120'000))
        return run;
    run.exitCode = helper.exitCode();
    for (const QByteArray &line : helper.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            run.lines.append(QJsonDocument::fromJson(line).object());
    return run;
}

const QStringList kActions{QStringLiteral("connect"),    QStringLiteral("create_file"),
                           QStringLiteral("write_file"), QStringLiteral("rename"),
                           QStringLiteral("unlink"),     QStringLiteral("mkdir"),
                           QStringLiteral("exec"),       QStringLiteral("fork"),
                           QStringLiteral("ptrace"),     QStringLiteral("read_home")};

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutTheSandboxEveryProbeSucceeds()
    {
        const Run run = selfTest({QStringLiteral("--unsandboxed")});
        QCOMPARE(run.exitCode, 1);
        QStringList seen;
        for (const QJsonObject &line : run.lines) {
            const QString action = line.value(QStringLiteral("action")).toString();
            seen << action;
            QVERIFY2(!line.value(QStringLiteral("refused")).toBool(),
                     qPrintable(action + QLatin1String(": ") +
                                line.value(QStringLiteral("how")).toString()));
        }
        QCOMPARE(seen, kActions);
    }

    void theSandboxRefusesEveryForbiddenAction_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("one-shot helper") << QStringList();
        // The extraction server (--serve) confines a fresh child of itself for each file.
        QTest::newRow("reader forked by the server") << QStringList{QStringLiteral("--forked")};
    }

    void theSandboxRefusesEveryForbiddenAction()
    {
        QFETCH(QStringList, extra);
        const Run run = selfTest(extra);
        QVERIFY(!run.lines.isEmpty());
        const QJsonObject layers = run.lines.first().value(QStringLiteral("sandbox")).toObject();
        QVERIFY2(layers.value(QStringLiteral("seccomp")).toBool(),
                 QJsonDocument(layers).toJson().constData());
        // This machine and CI have Landlock and user namespaces; say so if one is missing.
        QVERIFY2(layers.value(QStringLiteral("landlock")).toBool(),
                 qPrintable(layers.value(QStringLiteral("notes")).toString()));
        QVERIFY2(layers.value(QStringLiteral("namespaces")).toBool(),
                 qPrintable(layers.value(QStringLiteral("notes")).toString()));
        const QJsonObject process = layers.value(QStringLiteral("process")).toObject();
        QCOMPARE(process.value(QStringLiteral("NoNewPrivs")).toString(), QStringLiteral("1"));
        QCOMPARE(process.value(QStringLiteral("Seccomp")).toString(), QStringLiteral("2"));
        for (const char *set : {"CapEff", "CapPrm", "CapInh", "CapBnd", "CapAmb"})
            QCOMPARE(process.value(QString::fromLatin1(set)).toString(),
                     QStringLiteral("0000000000000000"));
        QCOMPARE(process.value(QStringLiteral("cwd")).toString(), QStringLiteral("/"));
        QCOMPARE(process.value(QStringLiteral("open_descriptors")).toInt(), 3);
        const QStringList environment =
            process.value(QStringLiteral("environment")).toVariant().toStringList();
        for (const QString &variable : environment)
            QVERIFY2(!variable.startsWith(QLatin1String("AMANAT_")) &&
                         variable != QLatin1String("USER") &&
                         variable != QLatin1String("SSH_AUTH_SOCK") &&
                         variable != QLatin1String("DISPLAY"),
                     qPrintable(variable));

        QStringList seen;
        for (int i = 1; i < run.lines.size(); ++i) {
            const QJsonObject &line = run.lines.at(i);
            const QString action = line.value(QStringLiteral("action")).toString();
            seen << action;
            QVERIFY2(line.value(QStringLiteral("refused")).toBool(),
                     qPrintable(action + QLatin1String(": ") +
                                line.value(QStringLiteral("how")).toString()));
        }
        QCOMPARE(seen, kActions);
        QCOMPARE(run.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"

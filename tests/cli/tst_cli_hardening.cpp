// Issue 11, "bad input still getting through": terminal escapes in names are shown, never
// obeyed; export never writes through a symbolic link; an overlong query is called that;
// weak passphrases are refused unless a test says otherwise.

#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace amanat::test;

class TestCliHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_library;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = path(QStringLiteral("lib"));
        QVERIFY(!m_cli.init(m_library).isEmpty());
    }

    void terminalEscapesInNamesAreShownNotObeyed()
    {
        // ESC [ 2 J clears the screen; ESC ] 0 ; sets the window title.
        const QString name = path(QStringLiteral("evil\x1b[2J\x1b]0;pwned\x07title.txt"));
        QVERIFY(writeFile(name, "a note about the escape sequence canary\n"));
        const CliResult imported = m_cli.run({QStringLiteral("import"), m_library, name});
        AMANAT_EXPECT_EXIT(imported, 0);
        const CliResult listed = m_cli.run({QStringLiteral("list"), m_library});
        const CliResult found =
            m_cli.run({QStringLiteral("search"), m_library, QStringLiteral("canary")});
        AMANAT_EXPECT_EXIT(listed, 0);
        AMANAT_EXPECT_EXIT(found, 0);
        for (const CliResult *result : {&imported, &listed, &found}) {
            const QByteArray all = result->out + result->err;
            QVERIFY2(!all.contains('\x1b') && !all.contains('\x07'),
                     result->describe().constData());
        }
        // The name is still there to read, its controls spelt out.
        QVERIFY2(imported.out.contains("\\x1b[2J"), imported.out.constData());
        // JSON stays exact (its strings escape controls as JSON does).
        const CliResult json =
            m_cli.run({QStringLiteral("list"), m_library, QStringLiteral("--json")});
        QVERIFY(jsonArrayFrom(json.out)
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("title"))
                    .toString()
                    .contains(QChar(0x1b)));
    }

    void exportNeverWritesThroughASymbolicLink()
    {
        const QString victim = path(QStringLiteral("victim.txt"));
        QVERIFY(writeFile(victim, "do not overwrite me\n"));
        const QString link = path(QStringLiteral("link.txt"));
        QVERIFY(QFile::link(victim, link));
        const CliResult exported =
            m_cli.run({QStringLiteral("export"), m_library, QStringLiteral("1"), link,
                       QStringLiteral("--force")});
        AMANAT_EXPECT_EXIT(exported, 1);
        QVERIFY2(exported.err.contains("symbolic link"), exported.err.constData());
        QCOMPARE(readFile(victim), QByteArray("do not overwrite me\n"));
        QVERIFY(QFileInfo(link).isSymLink());
        // A plain file is still overwritten on request.
        const QString plain = path(QStringLiteral("plain.txt"));
        QVERIFY(writeFile(plain, "old\n"));
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("export"), m_library, QStringLiteral("1"),
                                      plain, QStringLiteral("--force")}),
                           0);
        QVERIFY(readFile(plain).contains("canary"));
    }

    void anOverlongQueryIsCalledTooLong()
    {
        QStringList words;
        for (int i = 0; i < 10'000; ++i)
            words << QStringLiteral("w%1").arg(i);
        const CliResult result =
            m_cli.run({QStringLiteral("search"), m_library, QStringLiteral("--stdin")},
                      words.join(QLatin1Char(' ')).toUtf8() + '\n');
        AMANAT_EXPECT_EXIT(result, 1);
        QVERIFY2(result.err.contains("too long"), result.err.left(300).constData());
        QVERIFY(!result.err.contains("quotes"));
        // A long but reasonable query still runs.
        const CliResult fine =
            m_cli.run({QStringLiteral("search"), m_library, QStringLiteral("--stdin")},
                      words.mid(0, 60).join(QLatin1Char(' ')).toUtf8() + " canary\n");
        QVERIFY2(fine.exitedWith(0), fine.describe().constData());
    }

    void weakPassphrasesAreRefused()
    {
        for (const QString &weak : {QStringLiteral("password"), QStringLiteral("12345678"),
                                    QStringLiteral("qwertyuiop")}) {
            const QString lib = path(QStringLiteral("weak-") + weak);
            const CliResult refused =
                m_cli.runWith(m_cli.withPassphrase(weak), {QStringLiteral("init"), lib});
            AMANAT_EXPECT_EXIT(refused, 1);
            QVERIFY2(refused.err.contains("too easy to guess"), refused.err.constData());
            QVERIFY(!QFileInfo::exists(lib + QStringLiteral("/keyslots")));
        }
        const CliResult allowed =
            m_cli.runWith(m_cli.withPassphrase(QStringLiteral("password")),
                          {QStringLiteral("init"), path(QStringLiteral("weak-ok")),
                           QStringLiteral("--weak-passphrase")});
        AMANAT_EXPECT_EXIT(allowed, 0);
        // Changing to a weak passphrase is refused the same way.
        QProcessEnvironment env = m_cli.environment();
        env.insert(QStringLiteral("AMANAT_NEW_PASSPHRASE"), QStringLiteral("letmein1"));
        const CliResult passwd = m_cli.runWith(env, {QStringLiteral("passwd"), m_library});
        AMANAT_EXPECT_EXIT(passwd, 1);
        QVERIFY(passwd.err.contains("too easy to guess"));
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("list"), m_library}), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"

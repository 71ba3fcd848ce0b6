// Issue 11: a layer of the helper's sandbox that this system lacks is said, once, never
// skipped in silence. HelperSandbox asks the real helper what applies here, and fake helpers
// stand in for an old kernel (no Landlock, no user namespaces) and for one without seccomp.

#include "helper/HelperSandbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace amanat;

class TestHelperSandbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** A stand-in helper that answers the report probe with @p json and exit @p code. */
    QString fakeHelper(const char *name, const QByteArray &json, int code)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile script(path);
        if (!script.open(QIODevice::WriteOnly))
            return {};
        script.write("#!/bin/sh\n[ \"$1\" = --sandbox-probe ] && [ \"$2\" = report ] || exit 9\n"
                     "printf '%s\\n' '" +
                     json + "'\nexit " + QByteArray::number(code) + "\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theRealHelperReportsWhatApplies()
    {
        const HelperSandbox::Report report =
            HelperSandbox::report(QStringLiteral(AMANAT_EXTRACT_PATH));
        QVERIFY(report.known);
        QVERIFY(report.seccomp);
        // The warning names exactly what is missing on this machine, nothing when nothing is.
        const QString warning = HelperSandbox::warning(report);
        QCOMPARE(warning.isEmpty(), report.landlock && report.namespaces);
        QCOMPARE(warning.contains(QStringLiteral("Landlock")), !report.landlock);
    }

    void anOldKernelIsNamed()
    {
        const QString helper = fakeHelper(
            "old-kernel",
            R"({"namespaces":false,"landlock":false,"landlock_abi":0,"seccomp":true,"notes":"Landlock is not available on this kernel"})",
            0);
        const HelperSandbox::Report report = HelperSandbox::report(helper);
        QVERIFY(report.known && report.seccomp && !report.landlock && !report.namespaces);
        const QString warning = HelperSandbox::warning(report);
        QVERIFY2(warning.contains(QStringLiteral("Landlock")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("namespaces")), qPrintable(warning));
    }

    void noSeccompMeansNothingIsRead()
    {
        const QString helper = fakeHelper("no-seccomp", "", 4);
        const HelperSandbox::Report report = HelperSandbox::report(helper);
        QVERIFY(report.known);
        QVERIFY(!report.seccomp);
        QVERIFY(HelperSandbox::warning(report).contains(QStringLiteral("no file will be read")));
    }

    void theHelperIsAskedOnce()
    {
        const QString helper = fakeHelper(
            "counted",
            R"({"namespaces":true,"landlock":false,"landlock_abi":0,"seccomp":true,"notes":""})",
            0);
        QVERIFY(!HelperSandbox::report(helper).landlock);
        // Replaced by one that would say otherwise: the first answer stands for this process.
        QVERIFY(QFile::remove(helper));
        fakeHelper(
            "counted",
            R"({"namespaces":true,"landlock":true,"landlock_abi":3,"seccomp":true,"notes":""})", 0);
        QVERIFY(!HelperSandbox::report(helper).landlock);
    }
};

QTEST_GUILESS_MAIN(TestHelperSandbox)
#include "tst_helper_sandbox.moc"

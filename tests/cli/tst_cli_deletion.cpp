// Issue 11, "what stays behind": after `delete`, and after an edit that takes words out,
// the words are on no page of the database (an edit's own custody event excepted: the log
// keeps the history of an item's fields). The test reads the pages as an attacker with
// the raw key would: every page decrypted (AES-256-CBC, SQLCipher 3 layout), searched.

#include "CliRunner.h"

#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

using namespace amanat::test;

namespace {

constexpr int kReserve = 48; // IV (16) + HMAC-SHA1 (20), rounded up to the AES block

/** Every page of @p path (and of its WAL's frames) decrypted with @p key, concatenated. */
QByteArray decryptedPages(const QString &path, const QByteArray &key, int pageSize)
{
    QByteArray plain;
    auto decrypt = [&](const QByteArray &page, bool first) {
        const int offset = first ? 16 : 0; // page 1 starts with the plaintext salt
        const QByteArray iv = page.mid(pageSize - kReserve, 16);
        const QByteArray data = page.mid(offset, pageSize - kReserve - offset);
        QByteArray out(data.size() + 32, '\0');
        int n = 0, m = 0;
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr,
                           reinterpret_cast<const unsigned char *>(key.constData()),
                           reinterpret_cast<const unsigned char *>(iv.constData()));
        EVP_CIPHER_CTX_set_padding(ctx, 0);
        EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &n,
                          reinterpret_cast<const unsigned char *>(data.constData()),
                          int(data.size()));
        EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + n, &m);
        EVP_CIPHER_CTX_free(ctx);
        plain += out.left(n + m);
    };
    const QByteArray db = readFile(path);
    for (qsizetype at = 0; at + pageSize <= db.size(); at += pageSize)
        decrypt(db.mid(at, pageSize), at == 0);
    // A WAL frame is a 24-byte header and a page.
    const QByteArray wal = readFile(path + QStringLiteral("-wal"));
    for (qsizetype at = 32; at + 24 + pageSize <= wal.size(); at += 24 + pageSize)
        decrypt(wal.mid(at + 24, pageSize), false);
    return plain;
}

} // namespace

class TestCliDeletion : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_library;
    QByteArray m_key;
    int m_pageSize = 0;

    QByteArray pages() const
    {
        return decryptedPages(m_library + QStringLiteral("/library.db"), m_key, m_pageSize);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("lib"));
        QVERIFY(!m_cli.init(m_library).isEmpty());
        const CliResult raw = m_cli.run({QStringLiteral("raw-key"), m_library});
        AMANAT_EXPECT_EXIT(raw, 0);
        const int at = int(raw.out.indexOf("x'")) + 2;
        m_key = QByteArray::fromHex(raw.out.mid(at, 64));
        QCOMPARE(m_key.size(), 32);
        const QByteArray pageSizeLine = "cipher_page_size = ";
        const int p = int(raw.out.indexOf(pageSizeLine)) + int(pageSizeLine.size());
        m_pageSize = raw.out.mid(p, raw.out.indexOf(';', p) - p).toInt();
        QVERIFY(m_pageSize >= 1024);
        // The decryption itself works: the schema is readable on page 1.
        QVERIFY(pages().contains("CREATE TABLE"));
    }

    void aDeletedItemLeavesNoWordBehind()
    {
        // Another item stays: with nothing left, FTS4 would empty the whole index anyway.
        const QString keep = m_dir.filePath(QStringLiteral("keep.txt"));
        QVERIFY(writeFile(keep, "A report that stays in the library.\n"));
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("import"), m_library, keep}), 0);
        const QByteArray canary = "qxvorblindustry7731";
        const QString file = m_dir.filePath(QStringLiteral("note.txt"));
        QVERIFY(writeFile(file, "Field note: the guard called it " + canary + " twice.\n"));
        const CliResult imported =
            m_cli.run({QStringLiteral("import"), m_library, file, QStringLiteral("--json")});
        AMANAT_EXPECT_EXIT(imported, 0);
        const QString id = QString::number(
            jsonArrayFrom(imported.out).at(0).toObject().value(QStringLiteral("id")).toInt());
        // Searchable, so it is in the index's segments as well as in the text.
        QVERIFY(m_cli.run({QStringLiteral("search"), m_library, QString::fromLatin1(canary)})
                    .out.contains("note"));
        QVERIFY2(pages().contains(canary), "the probe must find the word while the item exists");

        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("delete"), m_library, id}), 0);
        const QByteArray after = pages();
        QVERIFY(!after.contains(canary));
        QVERIFY(!after.contains("blindustry7731")); // a prefix-compressed index term
    }

    void anEditedTitleLeavesNoWordBehind()
    {
        const QString file = m_dir.filePath(QStringLiteral("other.txt"));
        QVERIFY(writeFile(file, "Another note.\n"));
        const CliResult imported =
            m_cli.run({QStringLiteral("import"), m_library, file, QStringLiteral("--json")});
        AMANAT_EXPECT_EXIT(imported, 0);
        const QString id = QString::number(
            jsonArrayFrom(imported.out).at(0).toObject().value(QStringLiteral("id")).toInt());
        const QByteArray canary = "wyzzgloriandmeadow8812";
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("set"), m_library, id,
                                      QStringLiteral("title=Met ") + QString::fromLatin1(canary)}),
                           0);
        QVERIFY(pages().contains(canary));
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("set"), m_library, id,
                                      QStringLiteral("title=A plain title")}),
                           0);
        // The custody log keeps the history of the title (that is its job); nothing else
        // may: not the item, not the index's segments or content.
        const QByteArray log =
            m_cli.run({QStringLiteral("log"), m_library, QStringLiteral("--json")}).out;
        const int logged = int(log.count(canary));
        QCOMPARE(logged, 1);
        const QByteArray after = pages();
        QCOMPARE(int(after.count(canary)), logged);
        QCOMPARE(int(after.count("gloriandmeadow8812")), logged);
    }
};

QTEST_GUILESS_MAIN(TestCliDeletion)
#include "tst_cli_deletion.moc"

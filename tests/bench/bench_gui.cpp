// bench_gui: the desktop app with a large library, for docs/benchmarks.md (issue 5).
//
//   bench_gui LIBRARY [--items N] [--query WORD]...
//       When LIBRARY does not exist, first generates it: N items (default 100,000) written
//       straight into the repository tables in one transaction (title, kind, language,
//       event date, one page of ~25 generated words, 1-3 tags), then the full-text index
//       rebuilt once. No originals, no extraction, no custody event per item (benchmark
//       data only; `verify` would report the missing events). LIBRARY-bench.txt records N;
//       an existing LIBRARY is reused.
//       Then, in this process, with the real MainWindow (QT_QPA_PLATFORM=offscreen):
//         unlock_to_rows_ms  from the end of unlocking (the UnlockWidget::unlocked signal,
//                            i.e. after key derivation and opening) to the end of the first
//                            paint of the item table's viewport that shows rows;
//         scroll_ms          from there, scrollToBottom + fetchMore until every row is in
//                            the model, painting as it goes (the last paint included);
//         rss_mb / hwm_mb    VmRSS and VmHWM from /proc/self/status after that (HWM
//                            includes Argon2id's 256 MiB while unlocking in this process);
//         rss_first_rows_mb  VmRSS when the first rows were drawn;
//         search_ms:WORD     from the last keystroke (the word's last letter, then Return)
//                            to the end of the first paint showing the search results.
//       Prints one line of key=value pairs. run_gui_bench.sh runs it several times.
//
// The passphrase is kPassphrase below (benchmark only).

#include "db/Database.h"
#include "library/Library.h"
#include "main/MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QtTest/QTest>

#include <cstdio>
#include <functional>

// From Qt's private qobject_p.h (exported by QtCore, used by QtTest's signal dumper): lets
// the benchmark see a signal before any slot runs.
struct QSignalSpyCallbackSet
{
    typedef void (*BeginCallback)(QObject *caller, int signal_or_method_index, void **argv);
    typedef void (*EndCallback)(QObject *caller, int signal_or_method_index);
    BeginCallback signal_begin_callback, slot_begin_callback;
    EndCallback signal_end_callback, slot_end_callback;
};
void Q_CORE_EXPORT qt_register_signal_spy_callbacks(QSignalSpyCallbackSet *callback_set);

using namespace amanat;

namespace {

constexpr const char kPassphrase[] = "correct horse battery staple, gui benchmark only";
constexpr int kTextWords = 25;

QElapsedTimer g_clock;
qint64 g_unlockedNs = -1;

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_gui: %s\n", message.toUtf8().constData());
    return 1;
}

SecureBuffer passphrase()
{
    return SecureBuffer::fromBytes(kPassphrase, sizeof kPassphrase - 1);
}

class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

QString syllableWord(Random &random)
{
    static const char *const syllables[] = {"ka", "ra", "mi", "to", "lu", "se", "na", "do",
                                            "vi", "po", "te", "ga", "ri", "so", "be", "chu"};
    QString word;
    const int count = 2 + random.below(3);
    for (int i = 0; i < count; ++i)
        word += QLatin1String(syllables[random.below(16)]);
    return word;
}

Status generate(const QString &path, int count)
{
    auto created = Library::create(path, passphrase(), QStringLiteral("bench_gui"));
    if (!created.ok())
        return created.error();
    Library &library = *created->library;
    Database &db = library.database();
    Random random(20240505);
    QStringList vocabulary;
    for (int i = 0; i < 3000; ++i)
        vocabulary << syllableWord(random);
    const QStringList tagPaths = {
        QStringLiteral("Xinjiang/Police-files"), QStringLiteral("Xinjiang/Camps"),
        QStringLiteral("Xinjiang/Testimonies"),  QStringLiteral("Violations/Detention"),
        QStringLiteral("Countries/China"),       QStringLiteral("Sources/Leaked"),
        QStringLiteral("Sources/Press"),         QStringLiteral("Review/To check")};
    QVector<qint64> tagIds;
    for (const QString &tagPath : tagPaths) {
        auto id = library.tags().ensure(tagPath);
        if (!id.ok())
            return id.error();
        tagIds << *id;
    }
    const char *const kinds[] = {"document", "scan",  "report", "testimony",
                                 "video",    "image", "audio"};
    const char *const languages[] = {"en", "en", "en", "fr", "ru", "zh", "ug"};

    auto transaction = Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    auto item = db.prepare(
        "INSERT INTO items(id, kind, title, description, language, event_date, "
        "event_date_start, event_date_end, event_date_precision, created_at, modified_at) "
        "VALUES(?, ?, ?, '', ?, ?, ?, ?, 'day', ?, ?)");
    auto tag = db.prepare("INSERT INTO item_tags(item_id, tag_id) VALUES(?, ?)");
    auto text = db.prepare("INSERT INTO item_text(item_id, page, text) VALUES(?, 0, ?)");
    if (!item.ok() || !tag.ok() || !text.ok())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot prepare the inserts"));
    const QString now = QStringLiteral("2026-01-01T00:00:00Z");
    for (int id = 1; id <= count; ++id) {
        QStringList titleWords;
        for (int i = 0; i < 3 + random.below(4); ++i)
            titleWords << vocabulary.at(random.below(300));
        QString title = titleWords.join(QLatin1Char(' '));
        title[0] = title.at(0).toUpper();
        const QString date = QStringLiteral("%1-%2-%3")
                                 .arg(2005 + random.below(20))
                                 .arg(1 + random.below(12), 2, 10, QLatin1Char('0'))
                                 .arg(1 + random.below(28), 2, 10, QLatin1Char('0'));
        item->bind(1, qint64(id))
            .bind(2, kinds[random.below(7)])
            .bind(3, title)
            .bind(4, languages[random.below(7)])
            .bind(5, date)
            .bind(6, date)
            .bind(7, date)
            .bind(8, now)
            .bind(9, now);
        AMANAT_TRY(item->run());
        item->reset();
        QStringList words;
        for (int i = 0; i < kTextWords; ++i) {
            // Zipf-like: small indexes are frequent.
            const int rank = random.below(1 + random.below(int(vocabulary.size())));
            words << vocabulary.at(rank);
        }
        if (id % 10 == 0)
            words << QStringLiteral("checkpoint"); // 10 % of the items
        if (id % 10000 == 7)
            words << QStringLiteral("qaraqash"); // 10 items
        text->bind(1, qint64(id)).bind(2, words.join(QLatin1Char(' ')));
        AMANAT_TRY(text->run());
        text->reset();
        const int tags = 1 + random.below(3);
        const int first = random.below(int(tagIds.size()));
        for (int t = 0; t < tags; ++t) {
            tag->bind(1, qint64(id)).bind(2, tagIds.at((first + t) % tagIds.size()));
            AMANAT_TRY(tag->run());
            tag->reset();
        }
    }
    AMANAT_TRY(library.searchIndex().rebuild());
    return transaction->commit();
}

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}

/** Waits, running the event loop, until @p done or @p timeoutMs. */
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

/** Calls a function at the end of the next paint of a widget that satisfies a condition. */
class PaintProbe : public QObject
{
public:
    PaintProbe(QWidget *widget, std::function<bool()> condition)
        : m_widget(widget), m_condition(std::move(condition))
    {
        widget->installEventFilter(this);
    }
    qint64 paintedNs() const { return m_paintedNs; }
    void rearm(std::function<bool()> condition)
    {
        m_condition = std::move(condition);
        m_paintedNs = -1;
        m_seen = false;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint && !m_seen && m_condition()) {
            m_seen = true;
            // Runs once this paint (and the flush of the backing store) is over.
            QTimer::singleShot(0, this, [this] { m_paintedNs = g_clock.nsecsElapsed(); });
        }
        return false;
    }

private:
    QWidget *m_widget;
    std::function<bool()> m_condition;
    bool m_seen = false;
    qint64 m_paintedNs = -1;
};

int signalIndex(const QMetaObject *meta, const char *name)
{
    int index = 0;
    for (int i = 0; i < meta->methodCount(); ++i) {
        const QMetaMethod method = meta->method(i);
        if (method.methodType() != QMetaMethod::Signal)
            continue;
        if (method.name() == name)
            return index;
        ++index;
    }
    return -1;
}

QObject *g_unlockWidget = nullptr;
int g_unlockedSignal = -1;

void onSignal(QObject *caller, int index, void **)
{
    if (caller == g_unlockWidget && index == g_unlockedSignal && g_unlockedNs < 0)
        g_unlockedNs = g_clock.nsecsElapsed();
}

template <typename T> T *find(QWidget *window, const char *name)
{
    T *widget = window->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("bench_gui: no widget named %s", name);
    return widget;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return fail(QStringLiteral("usage: bench_gui LIBRARY [--items N] [--query WORD]..."));
    const QString path = QFileInfo(args.takeFirst()).absoluteFilePath();
    int count = 100000;
    QStringList queries;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--items") && !args.isEmpty())
            count = args.takeFirst().toInt();
        else if (option == QLatin1String("--query") && !args.isEmpty())
            queries << args.takeFirst();
        else
            return fail(QStringLiteral("unknown argument %1").arg(option));
    }
    if (queries.isEmpty())
        queries = {QStringLiteral("checkpoint"), QStringLiteral("qaraqash")};

    const QString infoPath = path + QStringLiteral("-bench.txt");
    if (!QFileInfo::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        const Status made = generate(path, count);
        if (!made.ok())
            return fail(made.error().message);
        QFile info(infoPath);
        if (!info.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(infoPath));
        info.write(QByteArray::number(count) + '\n');
        std::fprintf(stderr, "bench_gui: generated %d items in %.1f s\n", count,
                     double(timer.elapsed()) / 1000);
    } else {
        QFile info(infoPath);
        if (!info.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1 is missing").arg(infoPath));
        count = info.readAll().trimmed().toInt();
    }

    g_clock.start();
    ui::MainWindow window(QStringLiteral("bench_gui"));
    window.resize(1280, 800);
    window.setLibraryPath(path);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the window was not shown"));

    g_unlockWidget = find<QWidget>(&window, "unlockWidget");
    g_unlockedSignal = signalIndex(g_unlockWidget->metaObject(), "unlocked");
    static QSignalSpyCallbackSet callbacks = {onSignal, nullptr, nullptr, nullptr};
    qt_register_signal_spy_callbacks(&callbacks);

    auto *table = find<QTableView>(&window, "itemTable");
    PaintProbe rows(table->viewport(), [table] {
        return g_unlockedNs >= 0 && table->isVisible() && table->model() &&
               table->model()->rowCount() > 0;
    });
    auto *passphraseEdit = find<QLineEdit>(&window, "passphraseEdit");
    QTest::keyClicks(passphraseEdit, QString::fromLatin1(kPassphrase));
    QTest::keyClick(passphraseEdit, Qt::Key_Return);
    if (!waitFor([&] { return rows.paintedNs() >= 0; }, 120000))
        return fail(QStringLiteral("no rows were drawn after unlocking"));
    qt_register_signal_spy_callbacks(nullptr);
    const double firstRowsMs = msBetween(g_unlockedNs, rows.paintedNs());

    const qint64 rssFirstKb = statusKb("VmRSS");

    // (b) Scroll from top to bottom, loading every page.
    QAbstractItemModel *model = table->model();
    const qint64 scrollStart = g_clock.nsecsElapsed();
    const bool complete = waitFor(
        [&] {
            table->scrollToBottom();
            if (model->canFetchMore({}))
                model->fetchMore({});
            return model->rowCount() >= count;
        },
        600000);
    table->scrollToBottom();
    table->viewport()->repaint();
    const double scrollMs = msBetween(scrollStart, g_clock.nsecsElapsed());
    const int rowsLoaded = model->rowCount();
    const qint64 rssKb = statusKb("VmRSS");
    const qint64 hwmKb = statusKb("VmHWM");

    // (d) Keystroke to results drawn.
    auto *search = find<QLineEdit>(&window, "searchEdit");
    QString line = QStringLiteral("items=%1 rows_loaded=%2 unlock_to_rows_ms=%3 scroll_ms=%4 "
                                  "scroll_complete=%5 rss_mb=%6 hwm_mb=%7 rss_first_rows_mb=%8")
                       .arg(count)
                       .arg(rowsLoaded)
                       .arg(firstRowsMs, 0, 'f', 1)
                       .arg(scrollMs, 0, 'f', 1)
                       .arg(complete ? 1 : 0)
                       .arg(double(rssKb) / 1024, 0, 'f', 1)
                       .arg(double(hwmKb) / 1024, 0, 'f', 1)
                       .arg(double(rssFirstKb) / 1024, 0, 'f', 1);
    for (const QString &query : queries) {
        search->clear();
        waitFor([&] { return table->model() && table->model()->rowCount() > 0; }, 60000);
        QCoreApplication::processEvents();
        search->setFocus();
        QTest::keyClicks(search, query.chopped(1));
        QAbstractItemModel *before = table->model();
        bool changed = false;
        QMetaObject::Connection reset =
            QObject::connect(before, &QAbstractItemModel::modelReset, [&] { changed = true; });
        rows.rearm([&] {
            return (table->model() != before || changed) && table->model()->rowCount() > 0;
        });
        const qint64 keyNs = g_clock.nsecsElapsed();
        QTest::keyClick(search, query.back().toLatin1());
        QTest::keyClick(search, Qt::Key_Return);
        const bool drawn = waitFor([&] { return rows.paintedNs() >= 0; }, 60000);
        QObject::disconnect(reset);
        line += QStringLiteral(" search_ms:%1=%2 search_rows:%1=%3")
                    .arg(query)
                    .arg(drawn ? QString::number(msBetween(keyNs, rows.paintedNs()), 'f', 1)
                               : QStringLiteral("timeout"))
                    .arg(table->model()->rowCount());
    }
    line += QStringLiteral(" rss_end_mb=%1").arg(double(statusKb("VmRSS")) / 1024, 0, 'f', 1);
    say(line);
    window.lock();
    return 0;
}

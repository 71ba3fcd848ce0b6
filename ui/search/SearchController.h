#pragma once

#include "search/SearchEngine.h"

#include <QObject>
#include <QTimer>

namespace amanat::ui {

class ReadThread;

/** Runs searches as the user types: waits for a pause (kDebounceMs), runs the query on the
 *  read thread and delivers only the answer to the latest query (stale answers are dropped).
 *  The query is the typed text plus the facet filters. */
class SearchController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 150;
    static constexpr int kResultLimit = 200;

    explicit SearchController(QObject *parent = nullptr);

    void setReader(ReadThread *reader);
    /** The typed text; an empty text (and no filters) ends the search. Runs after a pause. */
    void setText(const QString &text);
    void setFilters(const QString &filterQuery);
    /** Runs now, without waiting for a pause (Enter). */
    void runNow();
    /** Forgets the query and drops answers still on their way. */
    void clear();

    QString text() const { return m_text; }
    /** What is searched: the text and the filters. */
    QString fullQuery() const;
    bool isActive() const { return !fullQuery().isEmpty(); }

Q_SIGNALS:
    void resultReady(const amanat::SearchResult &result);
    void searchFailed(const QString &message);
    /** The query became empty: show every item again. */
    void searchEnded();

private:
    void run();

    ReadThread *m_reader = nullptr;
    QTimer m_debounce;
    QString m_text;
    QString m_filters;
    quint64 m_generation = 0;
};

} // namespace amanat::ui

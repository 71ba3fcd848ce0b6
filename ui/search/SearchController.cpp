#include "SearchController.h"

#include "main/ReadThread.h"

namespace amanat::ui {

SearchController::SearchController(QObject *parent) : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchController::run);
}

void SearchController::setReader(ReadThread *reader)
{
    clear();
    m_reader = reader;
}

void SearchController::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    m_debounce.start();
}

void SearchController::setFilters(const QString &filterQuery)
{
    m_filters = filterQuery;
    runNow();
}

void SearchController::runNow()
{
    m_debounce.stop();
    run();
}

void SearchController::clear()
{
    m_debounce.stop();
    ++m_generation;
    m_text.clear();
    m_filters.clear();
}

QString SearchController::fullQuery() const
{
    if (m_text.isEmpty())
        return m_filters;
    return m_filters.isEmpty() ? m_text : m_text + QLatin1Char(' ') + m_filters;
}

void SearchController::run()
{
    const quint64 generation = ++m_generation;
    const QString query = fullQuery();
    if (query.isEmpty()) {
        Q_EMIT searchEnded();
        return;
    }
    if (!m_reader)
        return;
    m_reader->post(
        this, [query](Database &db) { return SearchEngine(db).search(query, kResultLimit); },
        [this, generation](Result<SearchResult> result) {
            if (generation != m_generation)
                return; // a newer query is on its way
            if (result.ok())
                Q_EMIT resultReady(*result);
            else
                Q_EMIT searchFailed(result.error().message);
        });
}

} // namespace amanat::ui

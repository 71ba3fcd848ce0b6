#include "SqlFunctions.h"

#include <QString>

#include <sqlite3.h>

#include <cmath>

namespace amanat {

namespace {

/** Okapi BM25 (k1 = 1.2, b = 0.75) from FTS4 matchinfo 'pcnalx'. */
void bm25Function(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc < 1 || sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_error(context, "amanat_bm25 needs matchinfo(t, 'pcnalx')", -1);
        return;
    }
    const auto *info = static_cast<const unsigned int *>(sqlite3_value_blob(argv[0]));
    const int words = sqlite3_value_bytes(argv[0]) / int(sizeof(unsigned int));
    if (words < 2) {
        sqlite3_result_double(context, 0);
        return;
    }
    const unsigned int phrases = info[0];
    const unsigned int columns = info[1];
    // p, c, n, a[c], l[c], x[3 * c * p]
    if (words < int(3 + 2 * columns + 3 * columns * phrases)) {
        sqlite3_result_error(context, "amanat_bm25: short matchinfo", -1);
        return;
    }
    const double documents = info[2];
    const unsigned int *averageLength = info + 3;
    const unsigned int *length = info + 3 + columns;
    const unsigned int *hits = info + 3 + 2 * columns;
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    double score = 0;
    for (unsigned int p = 0; p < phrases; ++p) {
        for (unsigned int c = 0; c < columns; ++c) {
            const double weight = int(c) + 1 < argc ? sqlite3_value_double(argv[c + 1]) : 1.0;
            const unsigned int *x = hits + 3 * (c + p * columns);
            const double termFrequency = x[0];
            const double docsWithTerm = x[2];
            if (termFrequency <= 0 || weight == 0)
                continue;
            const double idf =
                std::log((documents - docsWithTerm + 0.5) / (docsWithTerm + 0.5) + 1.0);
            const double avg = averageLength[c] > 0 ? averageLength[c] : 1.0;
            const double norm = k1 * (1 - b + b * length[c] / avg);
            score += weight * idf * (termFrequency * (k1 + 1)) / (termFrequency + norm);
        }
    }
    sqlite3_result_double(context, score);
}

} // namespace

void callTextFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    using Function = QString (*)(const QString &);
    const auto function = reinterpret_cast<Function>(sqlite3_user_data(context));
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const QByteArray result = function(QString::fromUtf8(text, bytes)).toUtf8();
    sqlite3_result_text(context, result.constData(), int(result.size()), SQLITE_TRANSIENT);
}

bool registerSqlFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    return sqlite3_create_function(db, "amanat_bm25", -1, flags, nullptr, bm25Function, nullptr,
                                   nullptr) == SQLITE_OK;
}

} // namespace amanat
